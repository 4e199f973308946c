import CivilTime

/// Italy (IT): Legge 27 maggio 1949 n. 260 as amended.
///
/// Weekend Saturday–Sunday; no substitute days. National Unity Day is kept on the first Sunday
/// of November (Legge 54/1977); Saint Francis of Assisi (4 October) a holiday again since 2026
/// (law of October 2025 restoring it as a national holiday).
enum Italy {
    static let definition = CountryDefinition(
        code: "IT", name: "Italy",
        sources: [
            "Legge 27 maggio 1949, n. 260", "Legge 5 marzo 1977, n. 54",
            "Law of October 2025 (Saint Francis of Assisi, 4 October, from 2026)",
        ],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 6), "Epiphany")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(4, 25), "Liberation Day")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.date(6, 2), "Republic Day")
        b.add(b.date(8, 15), "Assumption Day")
        if b.year >= 2026 { b.add(b.date(10, 4), "Saint Francis of Assisi") }
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.nth(1, .sunday, of: 11), "National Unity Day")
        b.add(b.date(12, 8), "Immaculate Conception")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Saint Stephen's Day")
    }
}
