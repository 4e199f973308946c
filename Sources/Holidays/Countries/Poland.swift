import CivilTime

/// Poland (PL): Ustawa o dniach wolnych od pracy (1951) as amended.
///
/// Weekend Saturday–Sunday; no substitute days. Christmas Eve a day off since 2025 (amendment
/// of 2024); the centenary of independence gave Monday 2018-11-12 (Ustawa of 2018-11-07).
enum Poland {
    static let definition = CountryDefinition(
        code: "PL", name: "Poland",
        sources: ["Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy", "Ustawa z dnia 7 listopada 2018 r. (12 November 2018)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 6), "Epiphany")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "National Day")
        b.add(b.date(5, 3), "Constitution Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.easter(60), "Corpus Christi")
        b.add(b.date(8, 15), "Assumption Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(11, 11), "Independence Day")
        if b.year == 2018 { b.add(b.date(11, 12), "Independence Day (centenary)") }
        if b.year >= 2025 { b.add(b.date(12, 24), "Christmas Eve") }
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
