import CivilTime

/// Japan (JP): Act on National Holidays (Act No. 178 of 1948) as amended.
///
/// Weekend Saturday–Sunday. Equinox days by the almanac formula (``SolarTerms``). A holiday on a
/// Sunday gives the next day that is not a holiday ("Substitute Holiday", art. 3(2)); a day
/// between two holidays is itself a holiday ("National Holiday", art. 3(3)). Moves for the
/// 2020 Olympics (2020: Marine Day 23 July, Sports Day 24 July, Mountain Day 10 August; 2021:
/// 22 July, 23 July, 8 August) by the special measures acts; the 2019 enthronement days are tabled.
/// Government offices also close 29 December–3 January (Act on Holidays of Administrative
/// Organs, Act No. 91 of 1988, art. 1(1)(iii)): those working days are `closure` days.
enum Japan {
    static let definition = CountryDefinition(
        code: "JP", name: "Japan",
        sources: [
            "Act on National Holidays (Act No. 178 of 1948)",
            "Act on Special Measures for the 2020 Tokyo Olympic and Paralympic Games",
            JapanTables.source,
        ],
        decreedThrough: JapanTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.nth(2, .monday, of: 1), "Coming of Age Day")
        b.add(b.date(2, 11), "Foundation Day")
        if y >= 2020 { b.add(b.date(2, 23), "Emperor's Birthday") }
        if y <= 2018 { b.add(b.date(12, 23), "Emperor's Birthday") }
        b.add(SolarTerms.vernalEquinoxJapan(y), "Vernal Equinox Day")
        b.add(b.date(4, 29), "Showa Day")
        b.add(b.date(5, 3), "Constitution Day")
        b.add(b.date(5, 4), "Greenery Day")
        b.add(b.date(5, 5), "Children's Day")
        b.add(y == 2020 ? b.date(7, 23) : y == 2021 ? b.date(7, 22) : b.nth(3, .monday, of: 7), "Marine Day")
        if y >= 2016 { b.add(y == 2020 ? b.date(8, 10) : y == 2021 ? b.date(8, 8) : b.date(8, 11), "Mountain Day") }
        b.add(b.nth(3, .monday, of: 9), "Respect for the Aged Day")
        b.add(SolarTerms.autumnalEquinoxJapan(y), "Autumnal Equinox Day")
        let sports = y == 2020 ? b.date(7, 24) : y == 2021 ? b.date(7, 23) : b.nth(2, .monday, of: 10)
        b.add(sports, y >= 2020 ? "Sports Day" : "Physical Education Day")
        b.add(b.date(11, 3), "Culture Day")
        b.add(b.date(11, 23), "Labor Thanksgiving Day")
        b.add(JapanTables.decreed)
        // Art. 3(3): a day between two holidays.
        for holiday in b.holidays.sorted() {
            guard let middle = holiday.date.adding(days: 1), let after = holiday.date.adding(days: 2),
                middle.weekday != .sunday, !b.isHoliday(middle), b.isHoliday(after)
            else { continue }
            b.add(middle, "National Holiday")
        }
        b.substitute(on: [.sunday], name: { _ in "Substitute Holiday" })
        b.close([b.date(1, 2), b.date(1, 3), b.date(12, 29), b.date(12, 30), b.date(12, 31)], "Government offices closed")
    }
}
