import CivilTime

/// Israel (IL): the Days of Rest Ordinance (Law and Administration Ordinance 1948, s. 18A), the
/// Independence Day Law 1949 and the Knesset Elections Law (Consolidated Version) 1969, s. 10.
///
/// Weekend **Friday–Saturday**. Holidays by the Hebrew calendar (Foundation's `.hebrew`):
/// Rosh Hashanah (1–2 Tishri), Yom Kippur (10 Tishri), Sukkot (15 Tishri), Shemini Atzeret /
/// Simchat Torah (22 Tishri), Pesach (15 Nisan) and its seventh day (21 Nisan), Shavuot
/// (6 Sivan); each begins at the previous sunset, so the evening before is short. Independence
/// Day is 5 Iyar, brought forward to the Thursday when it falls on a Friday or Saturday and
/// postponed to Tuesday when it falls on a Monday (since 2004, so that Memorial Day does not
/// follow the Sabbath). Knesset election days are days of rest (s. 10), listed from
/// the Central Elections Committee's results.
enum Israel {
    static let definition = CountryDefinition(
        code: "IL", name: "Israel",
        sources: [
            "Law and Administration Ordinance 1948, s. 18A", "Independence Day Law 1949 as amended",
            "Knesset Elections Law (Consolidated Version) 1969, s. 10", "Hebrew calendar (Foundation .hebrew)",
        ],
        weekend: { _ in .fridaySaturday },
        build: build)

    /// Knesset election days (Central Elections Committee).
    static let elections = DateTable(
        source: "Central Elections Committee: elections to the 20th–25th Knesset", confirmedThrough: 2022,
        ["2015-03-17", "2019-04-09", "2019-09-17", "2020-03-02", "2021-03-23", "2022-11-01"])

    static func build(_ b: inout YearBuilder) {
        // Spring holidays are in the Hebrew year that began last autumn; Nisan is month 8.
        let spring = b.year - 1
        b.add(LunarCalendars.hebrew(year: spring, month: 8, day: 15), "Pesach")
        b.add(LunarCalendars.hebrew(year: spring, month: 8, day: 21), "Seventh Day of Pesach")
        if let independence = LunarCalendars.hebrew(year: spring, month: 9, day: 5) {
            let shift: Int =
                switch independence.weekday {
                case .friday: -1
                case .saturday: -2
                case .monday where b.year >= 2004: 1
                default: 0
                }
            b.add(independence.adding(days: shift), "Independence Day")
        }
        b.add(LunarCalendars.hebrew(year: spring, month: 10, day: 6), "Shavuot")
        b.add(LunarCalendars.hebrew(year: b.year, month: 1, day: 1), days: 2, ["Rosh Hashanah"])
        b.add(LunarCalendars.hebrew(year: b.year, month: 1, day: 10), "Yom Kippur")
        b.add(LunarCalendars.hebrew(year: b.year, month: 1, day: 15), "Sukkot")
        b.add(LunarCalendars.hebrew(year: b.year, month: 1, day: 22), "Shemini Atzeret / Simchat Torah")
        for date in elections.dates(in: b.year) { b.add(date, "Knesset Election Day", .election) }
    }
}
