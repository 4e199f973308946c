import CivilTime

/// A recurrence rule, the value of `RRULE` (RFC 5545 §3.3.10), with every rule part.
///
/// Read one with ``init(parsing:)`` and write it with ``icalendarValue``; the written form is
/// canonical (parts in the RFC's order, upper case, `INTERVAL=1` left out) and reads back
/// to an equal value. Expand one with ``expansion(from:in:)`` or, for a whole event,
/// ``RecurrenceSet``.
///
/// ```swift
/// let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
/// rule.icalendarValue  // "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
/// ```
public struct RecurrenceRule: Hashable, Sendable {
    /// `FREQ`: the length of one period.
    public var frequency: RecurrenceFrequency
    /// `INTERVAL`: how many periods apart the used periods are (1 or more).
    public var interval: Int
    /// `COUNT`: the number of occurrences the rule makes, if bounded by a count.
    public var count: Int?
    /// `UNTIL`: the last moment an occurrence may start (inclusive), as a DATE, a UTC
    /// DATE-TIME or a floating DATE-TIME (see §3.3.10 on which form goes with which `DTSTART`).
    public var until: CalendarDateTime?
    /// `BYSECOND`, 0…60.
    public var bySecond: [Int]
    /// `BYMINUTE`, 0…59.
    public var byMinute: [Int]
    /// `BYHOUR`, 0…23.
    public var byHour: [Int]
    /// `BYDAY`: weekdays, with ordinals for `MONTHLY` and `YEARLY` rules.
    public var byDay: [RecurrenceWeekday]
    /// `BYMONTHDAY`, 1…31 or −31…−1 (−1 is the last day of the month).
    public var byMonthDay: [Int]
    /// `BYYEARDAY`, 1…366 or −366…−1.
    public var byYearDay: [Int]
    /// `BYWEEKNO`, 1…53 or −53…−1, weeks numbered as ISO 8601 does but starting on ``weekStart``.
    public var byWeekNumber: [Int]
    /// `BYMONTH`, 1…12.
    public var byMonth: [Int]
    /// `BYSETPOS`, 1…366 or −366…−1: which of each period's candidates to keep.
    public var bySetPosition: [Int]
    /// `WKST` as written, or `nil` when the rule leaves it out (Monday then applies).
    public var weekStart: Weekday?
    /// `X-` rule parts, kept in order so a rule round-trips.
    public var extensions: [CalendarParameter]

    /// A rule from its parts; every list defaults to empty.
    public init(
        frequency: RecurrenceFrequency, interval: Int = 1, count: Int? = nil, until: CalendarDateTime? = nil,
        bySecond: [Int] = [], byMinute: [Int] = [], byHour: [Int] = [], byDay: [RecurrenceWeekday] = [],
        byMonthDay: [Int] = [], byYearDay: [Int] = [], byWeekNumber: [Int] = [], byMonth: [Int] = [],
        bySetPosition: [Int] = [], weekStart: Weekday? = nil, extensions: [CalendarParameter] = []
    ) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.bySecond = bySecond
        self.byMinute = byMinute
        self.byHour = byHour
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byYearDay = byYearDay
        self.byWeekNumber = byWeekNumber
        self.byMonth = byMonth
        self.bySetPosition = bySetPosition
        self.weekStart = weekStart
        self.extensions = extensions
    }

    /// The week start in force: ``weekStart`` or Monday, the RFC's default.
    public var effectiveWeekStart: Weekday { weekStart ?? .monday }

    /// Combinations RFC 5545 §3.3.10 forbids but real feeds contain, in words.
    ///
    /// Such rules still expand (as python-dateutil and libical expand them: the part acts as a
    /// filter, and a `BYDAY` ordinal outside `MONTHLY`/`YEARLY` is ignored); a reader reports
    /// these as warnings.
    public var conformanceWarnings: [String] {
        var warnings: [String] = []
        if byDay.contains(where: { $0.ordinal != nil }) {
            if frequency != .monthly && frequency != .yearly {
                warnings.append("BYDAY: an ordinal (like 1MO) is only allowed with FREQ=MONTHLY or YEARLY; it is ignored")
            } else if frequency == .yearly && !byWeekNumber.isEmpty {
                warnings.append("BYDAY: an ordinal is not allowed with FREQ=YEARLY and BYWEEKNO")
            }
        }
        if !byMonthDay.isEmpty && frequency == .weekly {
            warnings.append("BYMONTHDAY is not allowed with FREQ=WEEKLY")
        }
        if !byYearDay.isEmpty && [.daily, .weekly, .monthly].contains(frequency) {
            warnings.append("BYYEARDAY is not allowed with FREQ=\(frequency.icalendarName)")
        }
        if !byWeekNumber.isEmpty && frequency != .yearly {
            warnings.append("BYWEEKNO is only allowed with FREQ=YEARLY")
        }
        let others = [bySecond, byMinute, byHour, byMonthDay, byYearDay, byWeekNumber, byMonth].contains { !$0.isEmpty }
        if !bySetPosition.isEmpty && !others && byDay.isEmpty {
            warnings.append("BYSETPOS must be used with another BYxxx rule part")
        }
        return warnings
    }
}
