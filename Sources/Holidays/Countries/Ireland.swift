import CivilTime

/// Ireland (IE): Organisation of Working Time Act 1997, Schedule 2, as amended in 2022 (Saint
/// Brigid's Day from 2023).
///
/// Weekend Saturday–Sunday. A public holiday on a weekend is not moved by the Act (the employee
/// is owed a day; the State's own practice varies), so no substitute days. Saint Brigid's Day is
/// the first Monday of February, or 1 February when that is a Friday. 18 March 2022 was a
/// one-off Day of Remembrance and Recognition (Government decision of January 2022).
enum Ireland {
    static let definition = CountryDefinition(
        code: "IE", name: "Ireland",
        sources: ["Organisation of Working Time Act 1997, Schedule 2 (as amended 2022)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        if b.year >= 2023, let first = b.date(2, 1) {
            b.add(first.weekday == .friday ? first : b.nth(1, .monday, of: 2), "Saint Brigid's Day")
        }
        if b.year == 2022 { b.add(b.date(3, 18), "Day of Remembrance and Recognition") }
        b.add(b.date(3, 17), "Saint Patrick's Day")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.nth(1, .monday, of: 5), "May Bank Holiday")
        b.add(b.nth(1, .monday, of: 6), "June Bank Holiday")
        b.add(b.nth(1, .monday, of: 8), "August Bank Holiday")
        b.add(b.nth(-1, .monday, of: 10), "October Bank Holiday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Saint Stephen's Day")
    }
}
