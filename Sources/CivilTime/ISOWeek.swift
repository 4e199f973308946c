/// A week of the ISO 8601 week-numbering year: weeks start on Monday and week 1 is the
/// week that holds the year's first Thursday.
///
/// 2027-01-01 is a Friday, so it belongs to week 53 of 2026; 2024-12-30 (a Monday) is in
/// week 1 of 2025.
public struct ISOWeek: Hashable, Comparable, Sendable {
    /// The week-numbering year, which can differ from the calendar year by one near New Year.
    public let year: Int
    /// The week number, 1…53.
    public let week: Int

    /// The week that contains `date`.
    public init(containing date: LocalDate) {
        let days = Int(date.daysSinceEpoch)
        let thursday = days - (date.weekday.rawValue - 1) + 3
        let thursdayYear = CivilCalendar.date(days: thursday).year
        let firstDay = CivilCalendar.days(year: thursdayYear, month: 1, day: 1)
        year = thursdayYear
        week = (thursday - firstDay) / 7 + 1
    }

    /// A week by its fields, or `nil` when the year has no such week.
    public init?(year: Int, week: Int) {
        guard (1...ISOWeek.weeks(in: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// The number of ISO weeks in a week-numbering year: 53 when the year starts on a
    /// Thursday, or is a leap year starting on a Wednesday; else 52.
    public static func weeks(in year: Int) -> Int {
        let january1 = CivilCalendar.weekday(days: CivilCalendar.days(year: year, month: 1, day: 1))
        if january1 == .thursday || (january1 == .wednesday && CivilCalendar.isLeapYear(year)) {
            return 53
        }
        return 52
    }

    /// The Monday that starts this week, counted in days since 1970-01-01.
    public var mondayDaysSinceEpoch: Int {
        let january4 = CivilCalendar.days(year: year, month: 1, day: 4)
        let week1Monday = january4 - (CivilCalendar.weekday(days: january4).rawValue - 1)
        return week1Monday + (week - 1) * 7
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}
