import CivilTime

/// Viet Nam (VN): Labour Code 2019 art. 112.
///
/// Weekend Saturday–Sunday. Tết (lunar New Year's Eve and the first four days, Foundation
/// `.chinese`), Hùng Kings' Day (lunar 3/10), 30 April, 1 May, National Day 2 September plus,
/// since 2021, an adjacent day (1 or 3 September, whichever the yearly decision bridges to), and
/// Vietnam Cultural Day (24 November, since 2026). A holiday on a weekend (other than Tết, arranged yearly)
/// gives the next working day. The Prime Minister's yearly swaps are tabled (``VietNamTables``).
enum VietNam {
    static let definition = CountryDefinition(
        code: "VN", name: "Viet Nam",
        sources: ["Labour Code 2019, art. 112", VietNamTables.source],
        decreedThrough: VietNamTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        let tet = LunarCalendars.chineseNewYear(b.year)
        b.add(tet?.adding(days: -1), "Lunar New Year's Eve")
        b.add(
            tet, days: 4,
            [
                "Lunar New Year", "Second Day of Lunar New Year", "Third Day of Lunar New Year",
                "Fourth Day of Lunar New Year",
            ])
        b.add(b.chinese(3, 10), "Hung Kings' Commemoration Day")
        b.add(b.date(4, 30), "Liberation Day/Reunification Day")
        b.add(b.date(5, 1), "International Labor Day")
        b.add(b.date(9, 2), "National Day")
        if b.year >= 2021, let national = b.date(9, 2) {
            // The Prime Minister picks the adjacent day that bridges to a weekend: 2021–2026 decisions
            // took the day before on Tuesday, Wednesday, Friday and Saturday, the day after otherwise.
            let adjacent = [.tuesday, .wednesday, .friday, .saturday].contains(national.weekday) ? -1 : 1
            b.add(national.adding(days: adjacent), "National Day")
        }
        if b.year >= 2026 { b.add(b.date(11, 24), "Vietnam Cultural Day") }
        b.add(VietNamTables.decreed)
        b.addWorkingDays(VietNamTables.workingDays)
        b.substitute(on: [.saturday, .sunday], where: { $0.kind == .public && !isTet($0.name) })
    }

    /// Whether `name` is one of Tết's days, which get no substitute (compared as UTF-8 bytes:
    /// `String.contains` costs microseconds, for every day of every year).
    private static func isTet(_ name: String) -> Bool { name.utf8.firstRange(of: "Lunar New Year".utf8) != nil }
}
