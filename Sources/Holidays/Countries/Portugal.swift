import CivilTime

/// Portugal (PT): Código do Trabalho art. 234 (Lei 7/2009). Weekend Saturday–Sunday; no
/// substitute days.
///
/// Corpus Christi, 5 October, 1 November and 1 December were suspended for 2013–2015
/// (Lei 23/2012) and restored from 2016 (Lei 8/2016). Carnival Tuesday is optional (art. 235)
/// and granted to the civil service only by a yearly despacho, not modelled.
enum Portugal {
    static let definition = CountryDefinition(
        code: "PT", name: "Portugal",
        sources: ["Código do Trabalho, art. 234", "Lei 23/2012", "Lei 8/2016"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        let restored = b.year >= 2016
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.date(4, 25), "Freedom Day")
        b.add(b.date(5, 1), "Labour Day")
        if restored { b.add(b.easter(60), "Corpus Christi") }
        b.add(b.date(6, 10), "Day of Portugal, Camões and the Portuguese Communities")
        b.add(b.date(8, 15), "Assumption Day")
        if restored { b.add(b.date(10, 5), "Republic Day") }
        if restored { b.add(b.date(11, 1), "All Saints' Day") }
        if restored { b.add(b.date(12, 1), "Restoration of Independence Day") }
        b.add(b.date(12, 8), "Immaculate Conception")
        b.add(b.date(12, 25), "Christmas Day")
    }
}
