import CivilTime

/// Canada (CA): the days off common to every province, and Ontario (CA-ON), where Ottawa's
/// federal ministries sit.
///
/// Weekend Saturday–Sunday. Nationwide: New Year's Day, Good Friday, Canada Day, Labour Day,
/// Christmas. A holiday on a weekend gives the next free weekday; Canada Day on a Sunday is
/// 2 July by the Holidays Act (R.S.C. 1985, c. H-5, s. 2), and on a Saturday the federal public
/// service moves it to the Monday (Treasury Board collective agreements: a designated paid
/// holiday on a day of rest moves to the next working day). Ontario (Employment Standards Act,
/// 2000, s. 1) adds Family Day (third Monday of February), Victoria Day (the Monday before
/// 25 May), Thanksgiving (second Monday of October) and Boxing Day.
enum Canada {
    static let definition = CountryDefinition(
        code: "CA", name: "Canada",
        subdivisions: [Subdivision("ON", "Ontario")],
        sources: [
            "Holidays Act, R.S.C. 1985, c. H-5", "Canada Labour Code, s. 166",
            "Treasury Board collective agreements (designated paid holidays)", "Ontario: Employment Standards Act, 2000, s. 1",
        ],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        if b.isIn("ON") { b.add(b.nth(3, .monday, of: 2), "Family Day") }
        b.add(b.easter(-2), "Good Friday")
        if b.isIn("ON") { b.add(b.weekday(.monday, onOrAfter: 5, 18), "Victoria Day") }
        b.add(b.date(7, 1), "Canada Day")
        b.add(b.nth(1, .monday, of: 9), "Labour Day")
        if b.isIn("ON") { b.add(b.nth(2, .monday, of: 10), "Thanksgiving Day") }
        b.add(b.date(12, 25), "Christmas Day")
        if b.isIn("ON") { b.add(b.date(12, 26), "Boxing Day") }
        b.observe(saturday: .next, sunday: .next)
    }
}
