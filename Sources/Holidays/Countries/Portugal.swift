import CivilTime

/// Portugal (PT): Código do Trabalho art. 234 (Lei 7/2009). Weekend Saturday–Sunday; no
/// substitute days.
///
/// Corpus Christi, 5 October, 1 November and 1 December were suspended for 2013–2015
/// (Lei 23/2012) and restored from 2016 (Lei 8/2016).
///
/// Carnival Tuesday is no public holiday (art. 235 leaves it optional), but the Prime Minister's
/// yearly despacho of tolerância de ponto closes the State's services (administração direta and
/// institutos públicos): a `closure`. Granted every year from 2016 (despacho of 4 February 2016,
/// resuming the practice the government stopped in 2012; Público, 2016-02-04) except 2021, in
/// lockdown (Lusa, via Renascença, 2024-01-30), through 2026 (despacho for 17 February 2026;
/// Sábado, 2026-02-11); refused 2012–2015 (announced 2012-02-03; Público, 2016-02-04). Before 2012
/// the tolerance "had been customary" (ADN, 2012-02-03) and after 2026 it is the custom
/// again, so those years are estimated.
enum Portugal {
    static let definition = CountryDefinition(
        code: "PT", name: "Portugal",
        sources: [
            "Código do Trabalho, art. 234", "Lei 23/2012", "Lei 8/2016",
            "Despachos do Primeiro-Ministro on tolerância de ponto for Carnival (2016–2020, 2022–2026)",
        ],
        decreedThrough: carnivalDecreedThrough,
        build: build)

    /// The last year whose Carnival despacho is known.
    static let carnivalDecreedThrough = 2026

    static func build(_ b: inout YearBuilder) {
        // Suspended 2013–2015 only: holidays before Lei 23/2012 took effect, and again from 2016.
        let kept = !(2013...2015).contains(b.year)
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.date(4, 25), "Freedom Day")
        b.add(b.date(5, 1), "Labour Day")
        if kept { b.add(b.easter(60), "Corpus Christi") }
        b.add(b.date(6, 10), "Day of Portugal, Camões and the Portuguese Communities")
        b.add(b.date(8, 15), "Assumption Day")
        if kept { b.add(b.date(10, 5), "Republic Day") }
        if kept { b.add(b.date(11, 1), "All Saints' Day") }
        if kept { b.add(b.date(12, 1), "Restoration of Independence Day") }
        b.add(b.date(12, 8), "Immaculate Conception")
        b.add(b.date(12, 25), "Christmas Day")
        if !(2012...2015).contains(b.year) && b.year != 2021 {
            let estimated = b.year < 2012 || b.year > carnivalDecreedThrough
            b.add(b.easter(-47), "Carnival (tolerância de ponto)", .closure, estimated: estimated)
        }
    }
}
