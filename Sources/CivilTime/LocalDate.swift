/// A calendar date with no time zone: a day of the proleptic Gregorian calendar.
///
/// Stored as both its Gregorian fields and its count of days since 1970-01-01, so that
/// field access and day arithmetic are both O(1) integer work (see ``CivilCalendar``).
/// Years 1 through 9999 are supported, as in ISO 8601's basic range and RFC 5545.
public struct LocalDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int32
    @usableFromInline let storedYear: Int16
    @usableFromInline let storedMonth: UInt8
    @usableFromInline let storedDay: UInt8

    /// The smallest supported date, 0001-01-01.
    public static let minimum = LocalDate(unchecked: 1, 1, 1)
    /// The largest supported date, 9999-12-31.
    public static let maximum = LocalDate(unchecked: 9999, 12, 31)

    /// A validated date, or `nil` when the fields name no day (2026-02-29, month 13, year 0).
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// The date a count of days after 1970-01-01, or `nil` outside years 1…9999.
    @inlinable
    public init?(daysSinceEpoch days: Int) {
        guard days >= Int(LocalDate.minimum.daysSinceEpoch), days <= Int(LocalDate.maximum.daysSinceEpoch) else {
            return nil
        }
        let (y, m, d) = CivilCalendar.date(days: days)
        self.init(year: y, month: m, day: d, days: days)
    }

    @inlinable
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.init(year: year, month: month, day: day, days: CivilCalendar.days(year: year, month: month, day: day))
    }

    @inlinable
    init(year: Int, month: Int, day: Int, days: Int) {
        storedYear = Int16(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
        daysSinceEpoch = Int32(truncatingIfNeeded: days)
    }

    /// The Gregorian year (1…9999).
    @inlinable public var year: Int { Int(storedYear) }
    /// The month, 1…12.
    @inlinable public var month: Int { Int(storedMonth) }
    /// The day of the month, 1…31.
    @inlinable public var day: Int { Int(storedDay) }

    /// The day of the week.
    @inlinable public var weekday: Weekday { CivilCalendar.weekday(days: Int(daysSinceEpoch)) }

    /// Which of its month's weekdays this date is: the *n*th from the start (1…5), followed by
    /// −1 when it is also the last one (the 29th of a 31-day month is both 5th and last).
    public var weekdayOrdinals: [Int] {
        let nth = (day - 1) / 7 + 1
        return day + 7 > CivilCalendar.daysInMonth(year: year, month: month) ? [nth, -1] : [nth]
    }

    /// The day of the year, 1…366.
    public var ordinalDay: Int {
        Int(daysSinceEpoch) - CivilCalendar.days(year: year, month: 1, day: 1) + 1
    }

    /// The ISO 8601 week this date belongs to, whose year may differ near New Year.
    public var isoWeek: ISOWeek { ISOWeek(containing: self) }

    /// The date `count` days later (earlier when negative), or `nil` outside years 1…9999.
    @inlinable
    public func adding(days count: Int) -> LocalDate? {
        LocalDate(daysSinceEpoch: Int(daysSinceEpoch) + count)
    }

    /// The date `count` months later (earlier when negative), with the day clamped to the
    /// length of the target month (2024-01-31 plus one month is 2024-02-29), or `nil` when
    /// the result leaves years 1…9999.
    public func adding(months count: Int) -> LocalDate? {
        let monthIndex = year * 12 + (month - 1) + count
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        guard (1...9999).contains(newYear) else { return nil }
        return LocalDate(year: newYear, month: newMonth, day: min(day, CivilCalendar.daysInMonth(year: newYear, month: newMonth)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
    }

    @inlinable
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    @inlinable
    public static func == (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch == rhs.daysSinceEpoch
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(daysSinceEpoch)
    }
}
