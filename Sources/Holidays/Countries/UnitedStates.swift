import CivilTime

/// United States (US): federal holidays, 5 U.S.C. 6103.
///
/// Weekend Saturday–Sunday. A holiday on Saturday is observed the Friday before, on Sunday the
/// Monday after (Executive Order 11582); New Year's Day on a Saturday is observed on
/// 31 December of the year before. Juneteenth since 2021. The District of Columbia (US-DC) adds
/// Inauguration Day (20 January after a presidential election, the 21st when the 20th is a
/// Sunday, 5 U.S.C. 6103(c); never moved off a Saturday) and DC Emancipation Day (16 April,
/// D.C. Code § 1-612.02, observed like federal holidays).
enum UnitedStates {
    static let definition = CountryDefinition(
        code: "US", name: "United States",
        subdivisions: [Subdivision("DC", "District of Columbia")],
        sources: ["5 U.S.C. 6103", "Executive Order 11582 (weekend observance)", "D.C. Code § 1-612.02 (Emancipation Day)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.nth(3, .monday, of: 1), "Martin Luther King Jr. Day")
        if b.isIn("DC") && b.year % 4 == 1, let inauguration = b.date(1, 20) {
            b.add(inauguration.weekday == .sunday ? inauguration.adding(days: 1) : inauguration, "Inauguration Day")
        }
        b.add(b.nth(3, .monday, of: 2), "Washington's Birthday")
        if b.isIn("DC") { b.add(b.date(4, 16), "DC Emancipation Day") }
        b.add(b.nth(-1, .monday, of: 5), "Memorial Day")
        if b.year >= 2021 { b.add(b.date(6, 19), "Juneteenth National Independence Day") }
        b.add(b.date(7, 4), "Independence Day")
        b.add(b.nth(1, .monday, of: 9), "Labor Day")
        b.add(b.nth(2, .monday, of: 10), "Columbus Day")
        b.add(b.date(11, 11), "Veterans Day")
        b.add(b.nth(4, .thursday, of: 11), "Thanksgiving Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.observe(saturday: .previous, sunday: .next) {
            ($0.date.month != 1 || $0.date.day != 1) && $0.name != "Inauguration Day"
        }
        if let newYear = b.date(1, 1), newYear.weekday == .sunday {
            b.add(newYear.adding(days: 1), "New Year's Day (observed)", .observed)
        }
        if let next = LocalDate(year: b.year + 1, month: 1, day: 1), next.weekday == .saturday {
            b.add(next.adding(days: -1), "New Year's Day (observed)", .observed)
        }
    }
}
