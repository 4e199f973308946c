import CivilTime

/// The day parts of a rule (`BYMONTH`, `BYWEEKNO`, `BYDAY`, `BYMONTHDAY`, `BYYEARDAY`) as
/// masks, testing one day at a time for ``RecurrenceRuleIterator``.
///
/// Plain data (no arrays), so the iterator can take one copy per period, without reference
/// counting, and test every day of the period against it (a method on the iterator itself
/// would copy the whole iterator).
struct RecurrenceDayFilter: Sendable {
    /// A set of whole numbers 0…383 as a fixed field of bits.
    struct Bits: Sendable {
        private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)

        init(_ values: some Sequence<Int>) {
            for value in values where value >= 0 && value < 384 {
                let bit = UInt64(1) << UInt64(value & 63)
                switch value >> 6 {
                case 0: words.0 |= bit
                case 1: words.1 |= bit
                case 2: words.2 |= bit
                case 3: words.3 |= bit
                case 4: words.4 |= bit
                default: words.5 |= bit
                }
            }
        }

        var isEmpty: Bool { words == (0, 0, 0, 0, 0, 0) }

        func contains(_ value: Int) -> Bool {
            guard value >= 0 && value < 384 else { return false }
            let bit = UInt64(1) << UInt64(value & 63)
            switch value >> 6 {
            case 0: return words.0 & bit != 0
            case 1: return words.1 & bit != 0
            case 2: return words.2 & bit != 0
            case 3: return words.3 & bit != 0
            case 4: return words.4 & bit != 0
            default: return words.5 & bit != 0
            }
        }
    }

    /// Bit *m* set for each `BYMONTH` month *m*; 0 when the part is absent.
    let monthMask: UInt16
    /// `BYWEEKNO` values *n* and −*n* (counted from the end of the week-numbering year).
    let positiveWeekNumbers: Bits
    let negativeWeekNumbers: Bits
    /// Bit *w* set for each `BYDAY` weekday without an ordinal (ISO, Monday 1).
    let plainWeekdays: UInt8
    /// Whether `BYDAY` has ordinal entries (`2TU`), decided per period from its ordinal days.
    let hasOrdinals: Bool
    /// Bit *d* set for each positive `BYMONTHDAY`.
    let positiveMonthDays: UInt32
    /// Bit *d* set for each negative `BYMONTHDAY` −*d*.
    let negativeMonthDays: UInt32
    /// `BYYEARDAY` values *n* and −*n* (counted from the end of the year).
    let positiveYearDays: Bits
    let negativeYearDays: Bits
    /// `WKST` (ISO weekday number).
    let weekStart: Int
    /// Whether `BYWEEKNO` / `BYYEARDAY` are present.
    let hasWeekNumbers: Bool
    let hasYearDays: Bool
    /// Whether any part is present (a filter with none accepts every day).
    let filtersDays: Bool

    init(
        monthMask: UInt16, weekNumbers: [Int], plainWeekdays: UInt8, hasOrdinals: Bool, positiveMonthDays: UInt32,
        negativeMonthDays: UInt32, yearDays: [Int], weekStart: Int
    ) {
        self.monthMask = monthMask
        positiveWeekNumbers = Bits(weekNumbers.filter { $0 > 0 })
        negativeWeekNumbers = Bits(weekNumbers.filter { $0 < 0 }.map { -$0 })
        self.plainWeekdays = plainWeekdays
        self.hasOrdinals = hasOrdinals
        self.positiveMonthDays = positiveMonthDays
        self.negativeMonthDays = negativeMonthDays
        positiveYearDays = Bits(yearDays.filter { $0 > 0 })
        negativeYearDays = Bits(yearDays.filter { $0 < 0 }.map { -$0 })
        self.weekStart = weekStart
        hasWeekNumbers = !weekNumbers.isEmpty
        hasYearDays = !yearDays.isEmpty
        filtersDays =
            monthMask != 0 || hasWeekNumbers || plainWeekdays != 0 || hasOrdinals || positiveMonthDays != 0
            || negativeMonthDays != 0 || hasYearDays
    }

    /// Whether day `index` (days since 1970-01-01; `y`-`m`-`d`, ISO `weekday`, in a month of
    /// `monthLength` days) passes every part; `ordinalDays` are the days `BYDAY` ordinals select.
    func accepts(index: Int, year y: Int, month m: Int, day d: Int, monthLength: Int, weekday: Int, ordinalDays: [Int]) -> Bool {
        if monthMask != 0 && monthMask & (1 << UInt16(m)) == 0 { return false }
        if hasWeekNumbers && !matchesWeekNumber(index: index, year: y) { return false }
        if plainWeekdays != 0 || hasOrdinals {
            let plain = plainWeekdays & (1 << UInt8(weekday)) != 0
            if !plain && !ordinalDays.contains(index) { return false }
        }
        if positiveMonthDays != 0 || negativeMonthDays != 0 {
            let fromEnd = monthLength - d + 1
            if positiveMonthDays & (1 << UInt32(d)) == 0 && negativeMonthDays & (1 << UInt32(fromEnd)) == 0 { return false }
        }
        if hasYearDays {
            let ordinal = index - CivilCalendar.days(year: y, month: 1, day: 1) + 1
            let fromEnd = CivilCalendar.daysInYear(y) + 1 - ordinal
            if !positiveYearDays.contains(ordinal) && !negativeYearDays.contains(fromEnd) { return false }
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
        return positiveWeekNumbers.contains(number) || negativeWeekNumbers.contains(count + 1 - number)
    }

    /// The first day of week 1 of year `y` (days since 1970-01-01): the first week starting
    /// on `WKST` with at least four days in `y`, which may start in late December of `y - 1`.
    func weekOneStart(_ y: Int) -> Int {
        let january1 = CivilCalendar.days(year: y, month: 1, day: 1)
        let intoWeek = ((RecurrenceRuleIterator.weekdayIndex(january1) - weekStart) % 7 + 7) % 7
        return intoWeek <= 3 ? january1 - intoWeek : january1 - intoWeek + 7
    }
}
