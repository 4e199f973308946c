import CivilTime

/// The wall-clock start times one ``RecurrenceRule`` generates from a `DTSTART`, in order,
/// computed lazily one period at a time (RFC 5545 §3.3.10).
///
/// The algorithm is the one python-dateutil, libical and most clients share: for each period
/// (a year, a month, a week starting on `WKST`, a day, an hour, …) every day of the period is
/// tested against the `BYxxx` parts, the survivors are combined with the times of day,
/// `BYSETPOS` picks among them, and `UNTIL`/`COUNT` end the sequence. Parts left out take their
/// value from `DTSTART` (a `FREQ=MONTHLY` rule without `BYDAY`/`BYMONTHDAY` recurs on
/// `DTSTART`'s day of the month). Candidates before `DTSTART` are dropped; `DTSTART` itself is
/// produced only when it matches the rule (``RecurrenceSet`` always adds it, as §3.8.5.3 says).
///
/// Dates that do not exist are skipped, never moved: `FREQ=MONTHLY;BYMONTHDAY=31` has no
/// occurrence in April, and `BYDAY=5MO` none in a month with four Mondays.
///
/// **Search limit.** The Gregorian calendar repeats every 400 years (146,097 days, a whole
/// number of weeks), so a `YEARLY`, `MONTHLY`, `WEEKLY` or `DAILY` rule that finds nothing in
/// 400 years' worth of consecutive periods (400 years, 4,800 months, 20,871 weeks, 146,097 days)
/// never will. The iterator stops there with ``RecurrenceError/Code/searchLimitExceeded``
/// instead of searching to year 9999: `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30` fails after 400
/// periods. `HOURLY`, `MINUTELY` and `SECONDLY` rules skip days the day filters reject in one
/// step and stop the same way after 146,097 days without an occurrence. The sequence ends
/// normally after 9999-12-31.
///
/// **Simple rules.** A `DAILY` rule without day parts, or a `WEEKLY` one whose only day part is
/// weekdays (the implied one of `DTSTART`, or `BYDAY` weekdays without ordinals: `MO,TH`),
/// with one time of day and no `BYSETPOS`, yields its starts at fixed gaps of days (every *n*
/// days; or in each week of the rule, its weekdays in order from `WKST`); the iterator steps
/// those gaps directly instead of building periods (same values, same
/// `UNTIL`/`COUNT`/``skip(toward:)``).
/// Other rules build each period, but test only the days that can matter: with `BYSETPOS`,
/// as many accepted days from each end of the period as its positions reach (`BYSETPOS=-1`
/// scans back from the period's last day to the first match); with a `BYDAY` of ordinals
/// only (`2TU`), just the days those ordinals name.
///
/// - Complexity: O(*p*) per period for a period of *p* days (one day for `DAILY` and finer),
///   so O(1) amortised per occurrence for the usual rules; memory O(1) beyond one period.
public struct RecurrenceRuleIterator: Sendable {
    /// How the rule's `UNTIL` bounds the candidates.
    enum Bound: Sendable {
        case none
        /// The last allowed wall-clock time (floating `UNTIL`, or a `DATE` one: its whole day).
        case wall(LocalDateTime)
        /// The last allowed instant; candidates are placed in `zone` per RFC 5545 §3.3.5.
        case instant(Instant, ZoneRules)
    }

    private let frequency: RecurrenceFrequency
    private let interval: Int
    private let start: LocalDateTime
    /// `UNTIL` as a wall-clock bound, or as an instant with the zone to place candidates in
    /// (kept as plain fields: switching over an enum with a `ZoneRules` payload copies it).
    private let untilWall: LocalDateTime?
    private let untilInstant: Instant?
    private let untilZone: ZoneRules?
    private let filter: RecurrenceDayFilter
    private let ordinalWeekdays: [(weekday: Int, ordinal: Int)]
    private let setPositions: [Int]
    private let hours: [Int]
    private let minutes: [Int]
    private let seconds: [Int]
    private var weekStart: Int { filter.weekStart }
    private var monthMask: UInt16 { filter.monthMask }
    private let fixedTimes: [Int]
    /// The days from each start of a simple rule to the next, in turn (see the type's
    /// discussion): one gap for a `DAILY` rule or a `WEEKLY` one of one weekday, one per weekday
    /// for a `WEEKLY` one of several; empty for any other rule.
    private let simpleGaps: [Int]
    /// Which of ``simpleGaps`` follows the start on day `day`.
    private var simpleGapIndex = 0
    /// For a simple `WEEKLY` rule, the days from the start of a week (`WKST`) to its first weekday.
    private let simpleWeekOffset: Int
    /// The one time of day of a simple rule.
    private let simpleTime: LocalTime
    /// The Gregorian fields of day `simpleDay` (days since 1970-01-01), so a simple rule steps
    /// its date forward without converting each day from scratch.
    private var simpleDay = Int(Int32.min)
    private var simpleFields = (year: 1, month: 1, day: 1)

    private var year: Int
    private var month: Int
    private var day: Int
    private var hour: Int
    private var minute: Int
    private var second: Int
    private var times: [Int]
    private var remaining: Int?
    /// The period's results, `pending[pendingIndex..<pendingCount]`; the buffers are reused
    /// from period to period without being emptied (emptying an array is a call per period).
    private var pending: [LocalDateTime] = []
    private var pendingCount = 0
    private var pendingIndex = 0
    private var finished = false
    private var emptyPeriods = 0
    private var lastYieldDay: Int
    private var lastYield: LocalDateTime?
    /// The period's accepted days (days since 1970-01-01, all within years 1…9999), made
    /// into dates only when emitted (`BYSETPOS` usually keeps one of them).
    private var candidates: [Int] = []
    private var candidateCount = 0
    /// For `BYSETPOS` on periods of several days: how many accepted days from the start and
    /// from the end of a period its positions can reach (`BYSETPOS=-1` with one time of day
    /// needs only the last one); both 0 when every period is scanned whole.
    private let setFront: Int
    private let setBack: Int
    /// Whether `BYDAY` has ordinals only, so a period's candidates are among its ordinal days.
    private let onlyOrdinalDays: Bool
    /// Whether `candidates` holds every accepted day of the period; when not, it holds the
    /// first `setFront` and `backCandidates` the last `setBack` (latest first).
    private var candidatesComplete = true
    private var backCandidates: [Int] = []
    private var backCount = 0
    private var ordinalDays: [Int] = []
    private var chosen: [LocalDateTime] = []

    /// An iterator over `rule` from `start` (a wall-clock time), with `UNTIL` interpreted per
    /// `bound`. Use ``RecurrenceRule/expansion(from:in:)`` to build one from iCalendar values.
    ///
    /// - Throws: ``RecurrenceError/Code/unreachable`` when a `BYHOUR`/`BYMINUTE`/`BYSECOND`
    ///   value of a rule of that frequency can never be reached from `start`.
    ///
    /// `shortcuts: false` turns off the simple-rule path, the partial `BYSETPOS` scan and the
    /// ordinal-days scan, so every day of every period is tested (tests compare the two).
    init(rule: RecurrenceRule, start: LocalDateTime, bound: Bound, shortcuts: Bool = true) throws(RecurrenceError) {
        frequency = rule.frequency
        interval = max(1, rule.interval)
        self.start = start
        switch bound {
        case .none:
            (untilWall, untilInstant, untilZone) = (nil, nil, nil)
        case .wall(let last):
            (untilWall, untilInstant, untilZone) = (last, nil, nil)
        case .instant(let last, let zone):
            (untilWall, untilInstant, untilZone) = (nil, last, zone)
        }
        remaining = rule.count

        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        if rule.byWeekNumber.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty && rule.byDay.isEmpty {
            switch rule.frequency {
            case .yearly:
                if byMonth.isEmpty { byMonth = [start.date.month] }
                byMonthDay = [start.date.day]
            case .monthly:
                byMonthDay = [start.date.day]
            case .weekly:
                byDay = [RecurrenceWeekday(start.date.weekday)]
            default:
                break
            }
        } else if rule.frequency == .yearly && !rule.byWeekNumber.isEmpty && rule.byDay.isEmpty && rule.byYearDay.isEmpty
            && rule.byMonthDay.isEmpty
        {
            // RFC 5545 §3.3.10: "Information, not contained in the rule, necessary to determine
            // the various recurrence instance start time and dates are derived from the Start
            // Time ("DTSTART")": a week number names a week, DTSTART's weekday the day in it.
            byDay = [RecurrenceWeekday(start.date.weekday)]
        }
        var plain: UInt8 = 0
        var ordinals: [(weekday: Int, ordinal: Int)] = []
        for entry in byDay {
            if let ordinal = entry.ordinal, rule.frequency >= .monthly {
                ordinals.append((entry.weekday.rawValue, ordinal))
            } else {
                plain |= 1 << UInt8(entry.weekday.rawValue)
            }
        }
        ordinalWeekdays = ordinals
        filter = RecurrenceDayFilter(
            monthMask: byMonth.reduce(0) { $0 | (1 << UInt16($1)) }, weekNumbers: rule.byWeekNumber, plainWeekdays: plain,
            hasOrdinals: !ordinals.isEmpty, positiveMonthDays: byMonthDay.filter { $0 > 0 }.reduce(0) { $0 | (1 << UInt32($1)) },
            negativeMonthDays: byMonthDay.filter { $0 < 0 }.reduce(0) { $0 | (1 << UInt32(-$1)) }, yearDays: rule.byYearDay,
            weekStart: rule.effectiveWeekStart.rawValue)
        setPositions = rule.bySetPosition

        let time = start.time
        func reachable(_ values: [Int], from origin: Int, base: Int, part: String) throws(RecurrenceError) -> [Int] {
            let divisor = Self.gcd(rule.interval, base)
            let kept = values.filter { divisor == 1 || ((($0 - origin) % divisor) + divisor) % divisor == 0 }
            guard !kept.isEmpty else {
                throw RecurrenceError(
                    .unreachable,
                    "\(part)=\(values.map(String.init).joined(separator: ",")) can never be reached every \(rule.interval) \(rule.frequency.icalendarName.lowercased()) step(s) from \(part == "BYHOUR" ? time.hour : part == "BYMINUTE" ? time.minute : time.second)"
                )
            }
            return Array(Set(kept)).sorted()
        }
        func timePart(_ values: [Int], default value: Int, frequency own: RecurrenceFrequency, base: Int, part: String)
            throws(RecurrenceError) -> [Int]
        {
            let usable = values.filter { $0 < base }
            if values.isEmpty { return rule.frequency > own ? [value] : [] }
            if rule.frequency == own { return try reachable(usable, from: value, base: base, part: part) }
            return Array(Set(usable)).sorted()
        }
        hours = try timePart(rule.byHour, default: time.hour, frequency: .hourly, base: 24, part: "BYHOUR")
        minutes = try timePart(rule.byMinute, default: time.minute, frequency: .minutely, base: 60, part: "BYMINUTE")
        seconds = try timePart(rule.bySecond, default: time.second, frequency: .secondly, base: 60, part: "BYSECOND")
        if rule.frequency > .hourly {
            var list: [Int] = []
            for h in hours { for m in minutes { for s in seconds { list.append(h * 3600 + m * 60 + s) } } }
            fixedTimes = list.sorted()
        } else {
            fixedTimes = []
        }
        if shortcuts && !setPositions.isEmpty && rule.frequency >= .weekly && !fixedTimes.isEmpty {
            let width = fixedTimes.count
            setFront = setPositions.filter { $0 > 0 }.map { ($0 - 1) / width + 1 }.max() ?? 0
            setBack = setPositions.filter { $0 < 0 }.map { (-$0 - 1) / width + 1 }.max() ?? 0
        } else {
            (setFront, setBack) = (0, 0)
        }
        onlyOrdinalDays = shortcuts && filter.hasOrdinals && filter.plainWeekdays == 0

        year = start.date.year
        month = start.date.month
        day = Int(start.date.daysSinceEpoch)
        let onlyWeekdays =
            filter.monthMask == 0 && !filter.hasWeekNumbers && !filter.hasOrdinals && filter.positiveMonthDays == 0
            && filter.negativeMonthDays == 0 && !filter.hasYearDays && filter.plainWeekdays != 0
        if shortcuts, fixedTimes.count == 1, setPositions.isEmpty, let only = LocalTime(secondsSinceMidnight: fixedTimes[0]),
            (rule.frequency == .daily && !filter.filtersDays) || (rule.frequency == .weekly && onlyWeekdays)
        {
            simpleTime = only
            if rule.frequency == .daily {
                simpleGaps = [interval]
                simpleWeekOffset = 0
            } else {
                // The rule's weekdays as days from the start of a week, in order; each gap runs to
                // the next of them, the last to the first of the week `interval` weeks on.
                let (weekStart, weekdays, week) = (filter.weekStart, filter.plainWeekdays, 7 * interval)
                var offsets: [Int] = []
                for weekday in 1...7 where weekdays & (1 << UInt8(weekday)) != 0 {
                    offsets.append(weekStart.distance(to: weekday, mod: 7, reversed: false))
                }
                offsets.sort()
                var gaps: [Int] = []
                for index in offsets.indices {
                    gaps.append(index + 1 < offsets.count ? offsets[index + 1] - offsets[index] : week - offsets[index] + offsets[0])
                }
                simpleGaps = gaps
                simpleWeekOffset = offsets[0]
                // The period of `start` runs from `start`'s day to the end of its week; the
                // rule's first weekday in it, else the first in the week `interval` weeks after its start.
                let startDay = day
                let aligned = startDay - Self.weekdayIndex(startDay).distance(to: weekStart, mod: 7, reversed: true)
                if let first = offsets.firstIndex(where: { aligned + $0 >= startDay }) {
                    day = aligned + offsets[first]
                    simpleGapIndex = first
                } else {
                    day = aligned + week + offsets[0]
                }
            }
        } else {
            simpleGaps = []
            simpleWeekOffset = 0
            simpleTime = LocalTime.midnight
        }
        hour = time.hour
        minute = time.minute
        second = time.second
        lastYieldDay = day
        times = []
        resetSubDailyTimes()
    }

    /// The next start time, or `nil` when the rule is exhausted (by `COUNT`, `UNTIL` or year 9999).
    ///
    /// - Throws: ``RecurrenceError/Code/searchLimitExceeded`` when the search limit passes
    ///   without an occurrence (see the type's discussion).
    public mutating func next() throws(RecurrenceError) -> LocalDateTime? {
        if !simpleGaps.isEmpty { return nextSimple() }
        while true {
            if pendingIndex < pendingCount {
                defer { pendingIndex += 1 }
                return pending[pendingIndex]
            }
            if finished { return nil }
            try fillPeriod()
        }
    }

    /// Moves forward, without producing them, past the periods that end before `target`;
    /// later calls to ``next()`` give the same values as before, minus those earlier ones.
    /// Does nothing for a rule with `COUNT`, which must be counted from its start.
    ///
    /// - Complexity: O(1).
    public mutating func skip(toward target: LocalDateTime) {
        guard remaining == nil, pendingIndex >= pendingCount, !finished, target > start else { return }
        let targetDay = Int(target.date.daysSinceEpoch)
        func steps(_ distance: Int) -> Int { distance > 0 ? distance / interval : 0 }
        switch frequency {
        case .yearly:
            // A year of weeks (`BYWEEKNO`) can end a few days into the next calendar year.
            year += steps(target.date.year - (filter.hasWeekNumbers ? 1 : 0) - year) * interval
        case .monthly:
            let current = year * 12 + month - 1
            let next = current + steps(target.date.year * 12 + target.date.month - 1 - current) * interval
            year = next / 12
            month = next % 12 + 1
        case .weekly:
            let aligned = day - Self.weekdayIndex(day).distance(to: weekStart, mod: 7, reversed: true)
            let k = steps((targetDay - aligned) / 7 - 1)
            // A simple rule goes on from the first of its weekdays in the week it lands in.
            if k > 0 {
                day = aligned + k * 7 * interval + (simpleGaps.isEmpty ? 0 : simpleWeekOffset)
                simpleGapIndex = 0
            }
        case .daily:
            day += steps(targetDay - day - 1) * interval
        case .hourly, .minutely, .secondly:
            let unit = frequency == .hourly ? 3600 : frequency == .minutely ? 60 : 1
            let current = (day * 86_400 + hour * 3600 + minute * 60 + second) / unit
            let goal = (targetDay * 86_400 + Int(target.time.secondsSinceMidnight)) / unit - 1
            let moved = (current + steps(goal - current) * interval) * unit
            day = Self.floorDiv(moved, 86_400)
            let rest = moved - day * 86_400
            hour = rest / 3600
            minute = rest / 60 % 60
            second = rest % 60
            resetSubDailyTimes()
        }
        if frequency <= .weekly {
            let date = CivilCalendar.date(days: day)
            year = date.year
            month = date.month
        } else if frequency >= .monthly {
            day = CivilCalendar.days(year: year, month: month, day: 1)
        }
        emptyPeriods = 0
        lastYieldDay = max(lastYieldDay, day)
    }

    // MARK: - Simple rules

    /// Whether this iterator steps a simple rule (see the type's discussion).
    var isSimple: Bool { !simpleGaps.isEmpty }

    /// ``next()`` for a simple rule: the start on day `day`, then the next gap of days on.
    private mutating func nextSimple() -> LocalDateTime? {
        while !finished {
            guard day <= Self.lastDay, let date = simpleDate() else {
                finished = true
                return nil
            }
            day += simpleGaps[simpleGapIndex]
            simpleGapIndex = simpleGapIndex + 1 == simpleGaps.count ? 0 : simpleGapIndex + 1
            let value = LocalDateTime(date: date, time: simpleTime)
            // As `offer`, without the period buffer.
            if let untilWall, value > untilWall { break }
            if let untilInstant, let instant = untilZone?.instant(for: value), instant > untilInstant { break }
            guard value >= start else { continue }
            if let left = remaining {
                if left == 0 { break }
                remaining = left - 1
            }
            return value
        }
        finished = true
        return nil
    }

    /// The date of day `day`, stepped forward from the previous one when that is cheaper
    /// than converting from scratch.
    private mutating func simpleDate() -> LocalDate? {
        let gap = day - simpleDay
        if gap > 0 && gap <= 28 {
            var (y, m, d) = simpleFields
            d += gap
            let length = CivilCalendar.daysInMonth(year: y, month: m)
            if d > length {
                d -= length
                m += 1
                if m > 12 {
                    m = 1
                    y += 1
                }
            }
            simpleFields = (y, m, d)
        } else {
            simpleFields = CivilCalendar.date(days: day)
        }
        simpleDay = day
        return LocalDate(year: simpleFields.year, month: simpleFields.month, day: simpleFields.day)
    }

    // MARK: - One period

    private mutating func fillPeriod() throws(RecurrenceError) {
        pendingCount = 0
        pendingIndex = 0
        guard year <= 9999 else {
            finished = true
            return
        }
        let filtered = collectCandidates()
        let timeList = frequency > .hourly ? fixedTimes : times
        emit(timeList)
        if pendingCount > 0 {
            emptyPeriods = 0
            lastYieldDay = day
        } else {
            emptyPeriods += 1
        }
        if finished { return }
        // Only an empty period (or a sub-daily rule's day gap) can reach the limit.
        if emptyPeriods > 0 || frequency <= .hourly { try checkSearchLimit() }
        try advance(filtered: filtered)
    }

    private mutating func checkSearchLimit() throws(RecurrenceError) {
        let limit: Int
        switch frequency {
        case .yearly: limit = 400
        case .monthly: limit = 4_800
        case .weekly: limit = 20_871
        case .daily: limit = 146_097
        case .hourly, .minutely, .secondly:
            limit = Int.max
            if day - lastYieldDay > 146_097 {
                throw searchLimitError("146,097 days (400 years)")
            }
        }
        if emptyPeriods >= limit {
            throw searchLimitError("\(limit) consecutive \(frequency.icalendarName.lowercased()) periods (400 years)")
        }
    }

    private func searchLimitError(_ span: String) -> RecurrenceError {
        RecurrenceError(
            .searchLimitExceeded,
            "the rule produced no occurrence in \(span) after \(RecurrenceRule.format(lastYield ?? start)); the Gregorian calendar repeats every 400 years, so it never will"
        )
    }

    /// Fills `candidates` with the period's days that pass the day filters; returns whether
    /// any day of the period was rejected.
    private mutating func collectCandidates() -> Bool {
        candidateCount = 0
        let first: Int
        let length: Int
        // The Gregorian fields of the period's first and last days, when known without converting.
        var firstFields: (year: Int, month: Int, day: Int)?
        var lastFields: (year: Int, month: Int, day: Int)?
        switch frequency {
        case .yearly where filter.hasWeekNumbers:
            // With `BYWEEKNO` the year is its weeks (RFC 5545 §3.3.10: "Week number one of the
            // calendar year is the first week that contains at least four (4) days in that
            // calendar year"): whole weeks, reaching into the years next door, as libical has it.
            first = filter.weekOneStart(year)
            length = filter.weekOneStart(year + 1) - first
        case .yearly:
            first = CivilCalendar.days(year: year, month: 1, day: 1)
            length = CivilCalendar.daysInYear(year)
            (firstFields, lastFields) = ((year, 1, 1), (year, 12, 31))
        case .monthly:
            first = CivilCalendar.days(year: year, month: month, day: 1)
            length = CivilCalendar.daysInMonth(year: year, month: month)
            (firstFields, lastFields) = ((year, month, 1), (year, month, length))
        case .weekly:
            // The whole week from `WKST`, even when `DTSTART` is later in it: `BYSETPOS` counts
            // in the week's set (RFC 5545 §3.3.10), and `offer` drops what precedes `DTSTART`.
            first = day - Self.weekdayIndex(day).distance(to: weekStart, mod: 7, reversed: true)
            length = 7
        default:
            first = day
            length = 1
        }
        // One copy of the filter per period: testing days through a method of `self` would
        // copy the whole iterator for every day.
        let filter = filter
        if !filter.filtersDays && length == 1 {
            guard Self.dayRange.contains(first) else { return true }
            store(first)
            return false
        }
        if !ordinalWeekdays.isEmpty { buildOrdinalDays() }
        candidatesComplete = true
        backCount = 0
        if onlyOrdinalDays {
            // `BYDAY` has only ordinals (`2TU`): no other day of the period can pass, so test
            // just those days, in order and each once. (Only YEARLY and MONTHLY rules have
            // ordinals; `rejected` matters only to sub-daily ones.)
            ordinalDays.sort()
            let ordinals = ordinalDays
            var previous = Int.min
            for index in ordinals where index != previous {
                previous = index
                let (y, m, d) = CivilCalendar.date(days: index)
                if index >= first, index < first + length,
                    filter.accepts(
                        index: index, year: y, month: m, day: d, monthLength: CivilCalendar.daysInMonth(year: y, month: m),
                        weekday: Self.weekdayIndex(index), ordinalDays: ordinals),
                    Self.dayRange.contains(index)
                {
                    store(index)
                }
            }
            return true
        }
        let ordinals = ordinalDays
        // With `BYSETPOS` only the period's ends matter: scan forward for the first
        // `setFront` accepted days, then back from the end for the last `setBack`.
        let partial = setFront + setBack > 0
        var rejected = false
        var offset = 0
        if !partial || setFront > 0 {
            var (y, m, d) = firstFields ?? CivilCalendar.date(days: first)
            var monthLength = CivilCalendar.daysInMonth(year: y, month: m)
            var weekday = Self.weekdayIndex(first)
            while offset < length {
                let index = first + offset
                if filter.accepts(
                    index: index, year: y, month: m, day: d, monthLength: monthLength, weekday: weekday, ordinalDays: ordinals),
                    Self.dayRange.contains(index)
                {
                    store(index)
                } else {
                    rejected = true
                }
                offset += 1
                weekday = weekday == 7 ? 1 : weekday + 1
                d += 1
                if d > monthLength {
                    d = 1
                    m += 1
                    if m > 12 {
                        m = 1
                        y += 1
                    }
                    monthLength = CivilCalendar.daysInMonth(year: y, month: m)
                }
                if partial && candidateCount == setFront { break }
            }
        }
        if partial && offset < length {
            var last = length - 1
            var (y, m, d) = lastFields ?? CivilCalendar.date(days: first + last)
            var monthLength = CivilCalendar.daysInMonth(year: y, month: m)
            var weekday = Self.weekdayIndex(first + last)
            while last >= offset && backCount < setBack {
                let index = first + last
                if filter.accepts(
                    index: index, year: y, month: m, day: d, monthLength: monthLength, weekday: weekday, ordinalDays: ordinals),
                    Self.dayRange.contains(index)
                {
                    if backCount < backCandidates.count {
                        backCandidates[backCount] = index
                    } else {
                        backCandidates.append(index)
                    }
                    backCount += 1
                }
                last -= 1
                weekday = weekday == 1 ? 7 : weekday - 1
                d -= 1
                if d == 0 {
                    m -= 1
                    if m == 0 {
                        m = 12
                        y -= 1
                    }
                    monthLength = CivilCalendar.daysInMonth(year: y, month: m)
                    d = monthLength
                }
            }
            if last < offset {
                // The two scans met: the period is complete after all.
                for back in stride(from: backCount - 1, through: 0, by: -1) { store(backCandidates[back]) }
                backCount = 0
            } else {
                candidatesComplete = false
            }
        }
        return rejected
    }

    /// The days of years 1…9999, counted from 1970-01-01.
    private static let dayRange = Int(LocalDate.minimum.daysSinceEpoch)...Int(LocalDate.maximum.daysSinceEpoch)
    /// 9999-12-31, counted from 1970-01-01 (a literal: reading `LocalDate.maximum` checks its lazy initialisation).
    static let lastDay = 2_932_896

    /// Appends day `index` to the period's candidates.
    private mutating func store(_ index: Int) {
        if candidateCount < candidates.count {
            candidates[candidateCount] = index
        } else {
            candidates.append(index)
        }
        candidateCount += 1
    }

    /// The days `BYDAY` ordinals select in this period: within each `BYMONTH` month (or the
    /// year) for `YEARLY`, within the month for `MONTHLY`.
    private mutating func buildOrdinalDays() {
        ordinalDays.removeAll(keepingCapacity: true)
        if frequency == .yearly {
            if monthMask != 0 {
                for m in 1...12 where monthMask & (1 << UInt16(m)) != 0 {
                    let first = CivilCalendar.days(year: year, month: m, day: 1)
                    appendOrdinalDays(first: first, last: first + CivilCalendar.daysInMonth(year: year, month: m) - 1)
                }
            } else {
                let first = CivilCalendar.days(year: year, month: 1, day: 1)
                appendOrdinalDays(first: first, last: first + CivilCalendar.daysInYear(year) - 1)
            }
        } else {
            let first = CivilCalendar.days(year: year, month: month, day: 1)
            appendOrdinalDays(first: first, last: first + CivilCalendar.daysInMonth(year: year, month: month) - 1)
        }
    }

    /// Appends the days in `first...last` that the `BYDAY` ordinals select.
    private mutating func appendOrdinalDays(first: Int, last: Int) {
        for (weekday, ordinal) in ordinalWeekdays {
            let index: Int
            if ordinal > 0 {
                index = first + (ordinal - 1) * 7 + Self.weekdayIndex(first).distance(to: weekday, mod: 7, reversed: false)
            } else {
                index = last + (ordinal + 1) * 7 - Self.weekdayIndex(last).distance(to: weekday, mod: 7, reversed: true)
            }
            if index >= first && index <= last { ordinalDays.append(index) }
        }
    }

    private mutating func emit(_ timeList: [Int]) {
        guard candidateCount + backCount > 0, !timeList.isEmpty else { return }
        if !setPositions.isEmpty {
            let width = timeList.count
            let total = candidateCount * width
            if !chosen.isEmpty { chosen.removeAll(keepingCapacity: true) }
            for position in setPositions {
                let dayIndex: Int
                let timeIndex: Int
                if candidatesComplete || position > 0 {
                    let flat = position > 0 ? position - 1 : total + position
                    guard flat >= 0, flat < total else { continue }
                    (dayIndex, timeIndex) = (candidates[flat / width], flat % width)
                } else {
                    let fromEnd = -position - 1
                    guard fromEnd / width < backCount else { continue }
                    (dayIndex, timeIndex) = (backCandidates[fromEnd / width], width - 1 - fromEnd % width)
                }
                guard let time = LocalTime(secondsSinceMidnight: timeList[timeIndex]), let date = LocalDate(daysSinceEpoch: dayIndex) else {
                    continue
                }
                let value = LocalDateTime(date: date, time: time)
                if setPositions.count == 1 {
                    _ = offer(value)
                    return
                }
                if !chosen.contains(value) { chosen.append(value) }
            }
            if chosen.count > 1 { chosen.sort() }
            for index in chosen.indices where !offer(chosen[index]) { return }
        } else {
            for index in 0..<candidateCount {
                guard let date = LocalDate(daysSinceEpoch: candidates[index]) else { continue }
                for seconds in timeList {
                    guard let time = LocalTime(secondsSinceMidnight: seconds) else { continue }
                    if !offer(LocalDateTime(date: date, time: time)) { return }
                }
            }
        }
    }

    /// Adds `value` when it is on or after the start and within the bounds; returns `false`
    /// once the sequence has ended.
    private mutating func offer(_ value: LocalDateTime) -> Bool {
        if let untilWall, value > untilWall {
            finished = true
            return false
        }
        if let untilInstant, let instant = untilZone?.instant(for: value), instant > untilInstant {
            finished = true
            return false
        }
        guard value >= start else { return true }
        if let left = remaining {
            if left == 0 {
                finished = true
                return false
            }
            remaining = left - 1
        }
        if pendingCount < pending.count {
            pending[pendingCount] = value
        } else {
            pending.append(value)
        }
        pendingCount += 1
        lastYield = value
        return true
    }

    // MARK: - Stepping to the next period (as python-dateutil and libical do)

    private mutating func advance(filtered: Bool) throws(RecurrenceError) {
        switch frequency {
        case .yearly:
            year += interval
            return
        case .monthly:
            let next = year * 12 + month - 1 + interval
            year = next / 12
            month = next % 12 + 1
            return
        case .weekly:
            day += -Self.weekdayIndex(day).distance(to: weekStart, mod: 7, reversed: true) + interval * 7
        case .daily:
            day += interval
        case .hourly:
            if filtered { hour += ((23 - hour) / interval) * interval }
            let (days, newHour) = try step(hour, within: hours, base: 24)
            hour = newHour
            day += days
            resetSubDailyTimes(checked: false)
        case .minutely:
            if filtered { minute += ((1439 - (hour * 60 + minute)) / interval) * interval }
            let repeats = 1440 / Self.gcd(interval, 1440)
            var valid = false
            for _ in 0..<repeats {
                let (carry, newMinute) = try step(minute, within: minutes, base: 60)
                minute = newMinute
                let total = hour + carry
                day += total / 24
                hour = total % 24
                if hours.isEmpty || hours.contains(hour) {
                    valid = true
                    break
                }
            }
            guard valid else { throw unreachableError() }
            resetSubDailyTimes(checked: false)
        case .secondly:
            if filtered { second += ((86_399 - (hour * 3600 + minute * 60 + second)) / interval) * interval }
            let repeats = 86_400 / Self.gcd(interval, 86_400)
            var valid = false
            for _ in 0..<repeats {
                let (carry, newSecond) = try step(second, within: seconds, base: 60)
                second = newSecond
                let totalMinutes = minute + carry
                minute = totalMinutes % 60
                let totalHours = hour + totalMinutes / 60
                day += totalHours / 24
                hour = totalHours % 24
                if (hours.isEmpty || hours.contains(hour)) && (minutes.isEmpty || minutes.contains(minute))
                    && (seconds.isEmpty || seconds.contains(second))
                {
                    valid = true
                    break
                }
            }
            guard valid else { throw unreachableError() }
            resetSubDailyTimes(checked: false)
        }
        // `year` and `month` are only read by YEARLY and MONTHLY periods; the others work on
        // `day`, so the end of the calendar is checked on it directly.
        if day > Int(LocalDate.maximum.daysSinceEpoch) { finished = true }
    }

    /// The next value of a time field `interval` steps on that is in `allowed` (or any value
    /// when `allowed` is empty), with the carry into the next larger field.
    private func step(_ value: Int, within allowed: [Int], base: Int) throws(RecurrenceError) -> (carry: Int, value: Int) {
        if allowed.isEmpty {
            let total = value + interval
            return (total / base, total % base)
        }
        var carry = 0
        var current = value
        for _ in 0..<base {
            let total = current + interval
            carry += total / base
            current = total % base
            if allowed.contains(current) { return (carry, current) }
        }
        throw unreachableError()
    }

    private func unreachableError() -> RecurrenceError {
        RecurrenceError(.unreachable, "the rule's INTERVAL never reaches its BYHOUR/BYMINUTE/BYSECOND values from DTSTART")
    }

    /// The times of day of the current sub-daily period (`HOURLY`: its hour with each
    /// `BYMINUTE`×`BYSECOND`; `MINUTELY`: its minute with each `BYSECOND`; `SECONDLY`: itself).
    private mutating func resetSubDailyTimes(checked: Bool = true) {
        guard frequency <= .hourly else { return }
        times.removeAll(keepingCapacity: true)
        if checked {
            if (!hours.isEmpty && !hours.contains(hour)) || (frequency <= .minutely && !minutes.isEmpty && !minutes.contains(minute))
                || (frequency == .secondly && !seconds.isEmpty && !seconds.contains(second))
            {
                return
            }
        }
        switch frequency {
        case .hourly:
            for m in minutes { for s in seconds { times.append(hour * 3600 + m * 60 + s) } }
        case .minutely:
            for s in seconds { times.append(hour * 3600 + minute * 60 + s) }
        default:
            times.append(hour * 3600 + minute * 60 + second)
        }
        times.sort()
    }

    // MARK: - Integer helpers

    /// ISO weekday (Monday 1 … Sunday 7) of a day counted from 1970-01-01.
    static func weekdayIndex(_ days: Int) -> Int {
        ((days + 3) % 7 + 7) % 7 + 1
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (abs(a), abs(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : (a - b + 1) / b
    }
}

extension Int {
    /// For weekdays 1…7: `reversed == false` gives the days forward from `self` to `other`;
    /// `reversed == true` the days back from `self` to the previous (or same) `other`.
    fileprivate func distance(to other: Int, mod: Int, reversed: Bool) -> Int {
        let difference = reversed ? self - other : other - self
        return ((difference % mod) + mod) % mod
    }
}
