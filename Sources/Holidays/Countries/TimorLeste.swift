import CivilTime

/// Timor-Leste (TL): Law 10/2005 on public holidays, as amended in 2016 and 2023.
///
/// Weekend Saturday–Sunday; no substitute days. Veterans' Day and Memorial Day (7 December) since
/// 2017, when National Heroes Day moved from 7 to 31 December (the 2016 amendment); National Women's Day
/// (3 November) since 2023. Eid al-Fitr and Eid al-Adha from the Government's yearly notices,
/// then Umm al-Qura (estimated). The Government's tolerance days for the civil service
/// (`collective-leave`, like Indonesia's cuti bersama) and election days are tabled
/// (``TimorLesteTables``).
enum TimorLeste {
    static let definition = CountryDefinition(
        code: "TL", name: "Timor-Leste",
        sources: [TimorLesteTables.source],
        islamic: TimorLesteTables.islamic,
        decreedThrough: TimorLesteTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        if y >= 2017 { b.add(b.date(3, 3), "Veteran's Day") }
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(5, 1), "International Worker's Day")
        b.add(b.date(5, 20), "Restoration of Independence Day")
        b.add(b.easter(60), "Corpus Christi")
        b.add(b.date(8, 30), "Popular Consultation Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(11, 2), "All Souls' Day")
        if y >= 2023 { b.add(b.date(11, 3), "National Women's Day") }
        b.add(b.date(11, 12), "National Youth Day")
        b.add(b.date(11, 28), "Proclamation of Independence Day")
        if y >= 2017 { b.add(b.date(12, 7), "Memorial Day") }
        b.add(y >= 2017 ? b.date(12, 31) : b.date(12, 7), "National Heroes Day")
        b.add(b.date(12, 8), "Day of Our Lady of Immaculate Conception and Timor-Leste Patroness")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.eidAlFitr, from: TimorLesteTables.islamic, ["Eid al-Fitr"])
        b.add(.eidAlAdha, from: TimorLesteTables.islamic, ["Eid al-Adha"])
        b.add(TimorLesteTables.decreed)
    }
}
