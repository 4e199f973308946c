import CivilTime

/// The day parts of a rule (`BYMONTH`, `BYWEEKNO`, `BYDAY`, `BYMONTHDAY`, `BYYEARDAY`) as
/// masks and lists, testing one day at a time for ``RecurrenceRuleIterator``.
///
/// A small value of its own so the iterator can take one copy per period and test every day
/// of the period against it (a method on the iterator itself would copy the whole iterator).
struct RecurrenceDayFilter: Sendable {
    /// Bit *m* set for each `BYMONTH` month *m*; 0 when the part is absent.
    let monthMask: UInt16
    /// `BYWEEKNO` values (negative counts from the end of the week-numbering year).
    let weekNumbers: [Int]
    /// Bit *w* set for each `BYDAY` weekday without an ordinal (ISO, Monday 1).
    let plainWeekdays: UInt8
    /// Whether `BYDAY` has ordinal entries (`2TU`), decided per period from its ordinal days.
    let hasOrdinals: Bool
    /// Bit *d* set for each positive `BYMONTHDAY`.
    let positiveMonthDays: UInt32
    /// Bit *d* set for each negative `BYMONTHDAY` −*d*.
    let negativeMonthDays: UInt32
    /// `BYYEARDAY` values (negative counts from the end of the year).
    let yearDays: [Int]
    /// `WKST` (ISO weekday number).
    let weekStart: Int
    /// Whether any part is present (a filter with none accepts every day).
    let filtersDays: Bool

    init(
        monthMask: UInt16, weekNumbers: [Int], plainWeekdays: UInt8, hasOrdinals: Bool, positiveMonthDays: UInt32,
        negativeMonthDays: UInt32, yearDays: [Int], weekStart: Int
    ) {
        self.monthMask = monthMask
        self.weekNumbers = weekNumbers
        self.plainWeekdays = plainWeekdays
        self.hasOrdinals = hasOrdinals
        self.positiveMonthDays = positiveMonthDays
        self.negativeMonthDays = negativeMonthDays
        self.yearDays = yearDays
        self.weekStart = weekStart
        filtersDays = monthMask != 0 || !weekNumbers.isEmpty || plainWeekdays != 0 || hasOrdinals || positiveMonthDays != 0
            || negativeMonthDays != 0 || !yearDays.isEmpty
    }

    /// Whether day `index` (days since 1970-01-01; `y`-`m`-`d`, ISO `weekday`, in a month of
    /// `monthLength` days) passes every part; `ordinalDays` are the days `BYDAY` ordinals select.
    func accepts(index: Int, year y: Int, month m: Int, day d: Int, monthLength: Int, weekday: Int, ordinalDays: [Int]) -> Bool {
        if monthMask != 0 && monthMask & (1 << UInt16(m)) == 0 { return false }
        if !weekNumbers.isEmpty && !matchesWeekNumber(index: index, year: y) { return false }
        if plainWeekdays != 0 || hasOrdinals {
            let plain = plainWeekdays & (1 << UInt8(weekday)) != 0
            if !plain && !ordinalDays.contains(index) { return false }
        }
        if positiveMonthDays != 0 || negativeMonthDays != 0 {
            let fromEnd = monthLength - d + 1
            if positiveMonthDays & (1 << UInt32(d)) == 0 && negativeMonthDays & (1 << UInt32(fromEnd)) == 0 { return false }
        }
        if !yearDays.isEmpty {
            let ordinal = index - CivilCalendar.days(year: y, month: 1, day: 1) + 1
            let fromEnd = ordinal - CivilCalendar.daysInYear(y) - 1
            if !yearDays.contains(ordinal) && !yearDays.contains(fromEnd) { return false }
        }
        return true
    }

    /// `BYWEEKNO`: week 1 is the first week (starting on `WKST`) with at least four days in
    /// the year, as ISO 8601 has it for Monday weeks.
    private func matchesWeekNumber(index: Int, year y: Int) -> Bool {
        var weekYear = y
        var firstWeek = weekOneStart(weekYear)
        if index < firstWeek {
            weekYear -= 1
            firstWeek = weekOneStart(weekYear)
        } else {
            let nextFirst = weekOneStart(weekYear + 1)
            if index >= nextFirst {
                weekYear += 1
                firstWeek = nextFirst
            }
        }
        let count = (weekOneStart(weekYear + 1) - firstWeek) / 7
        let number = (index - firstWeek) / 7 + 1
        return weekNumbers.contains(number) || weekNumbers.contains(number - count - 1)
    }

    private func weekOneStart(_ y: Int) -> Int {
        let january1 = CivilCalendar.days(year: y, month: 1, day: 1)
        let intoWeek = ((RecurrenceRuleIterator.weekdayIndex(january1) - weekStart) % 7 + 7) % 7
        return intoWeek <= 3 ? january1 - intoWeek : january1 - intoWeek + 7
    }
}
