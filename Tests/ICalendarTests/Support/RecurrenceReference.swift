import CivilTime

@testable import ICalendar

/// RFC 5545 §3.3.10 read literally, slowly and with nothing shared with the engine: for each
/// period (a year, a month, a week from `WKST`, a day, an hour, a minute, a second) every
/// candidate day and time of the period is listed, the `BYxxx` parts are applied as the
/// RFC's table says (a part "limits" or "expands" the period; either way a candidate is in the
/// set when it has the property the part names), `BYSETPOS` picks among the period's sorted
/// set, and then the instances before `DTSTART` are dropped and `COUNT`/`UNTIL` end the
/// sequence. Only rules the RFC defines are evaluated (no part the table marks N/A, no
/// numbered `BYDAY` outside `MONTHLY`/`YEARLY` or with `BYWEEKNO`).
///
/// Readings this evaluator states (each from §3.3.10):
/// - "Information, not contained in the rule, necessary to determine the various recurrence
///   instance start time and dates are derived from the Start Time ("DTSTART")": a missing
///   day of the month, month, weekday (`WEEKLY`; `YEARLY` with `BYWEEKNO` alone), hour,
///   minute or second is `DTSTART`'s.
/// - "Week number one of the calendar year is the first week that contains at least four (4)
///   days in that calendar year": with `BYWEEKNO` a `YEARLY` period is the whole weeks of its
///   year, and week *n* is all seven days of it, whichever calendar year they fall in.
/// - A period's instances before `DTSTART` are dropped after `BYSETPOS` ("The BYSETPOS rule
///   part specifies ... within the set of recurrence instances specified by the rule").
/// - `COUNT` counts the rule's own instances; `DTSTART` is the set's first instance
///   (§3.8.5.3) and is counted when the rule produces it.
struct RecurrenceReference {
    let rule: RecurrenceRule
    let start: LocalDateTime
    /// The zone `UNTIL` in UTC is compared in (`nil`: floating).
    let zone: ZoneRules?

    /// The rule's instances in order, as wall-clock times: at most `limit` of them, from the
    /// first `periods` periods. `horizon` is the wall-clock time before which the list is
    /// complete, `nil` when the rule has ended (by `COUNT` or `UNTIL`) within them.
    func instances(limit: Int, periods: Int) -> (values: [LocalDateTime], horizon: LocalDateTime?) {
        var values: [LocalDateTime] = []
        var left = rule.count
        for index in 0..<periods {
            for value in periodSet(index) where value >= start {
                if let until = rule.until, isAfter(value, until) { return (values, nil) }
                if let count = left {
                    if count == 0 { return (values, nil) }
                    left = count - 1
                }
                values.append(value)
                if values.count == limit { return (values, value.adding(seconds: 1)) }
            }
        }
        return (values, periodStart(periods))
    }

    /// `UNTIL` is inclusive: "If the value specified by UNTIL is synchronized with the
    /// specified recurrence, this DATE or DATE-TIME becomes the last instance".
    private func isAfter(_ value: LocalDateTime, _ until: CalendarDateTime) -> Bool {
        switch until {
        case .date(let date): return value.date > date
        case .floating(let local), .zoned(let local, _): return value > local
        case .utc(let local):
            guard let zone else { return value > local }
            return zone.instant(for: value).secondsSinceEpoch > local.secondsSinceEpoch
        }
    }

    // MARK: - Periods

    private var interval: Int { rule.interval }
    private var weekStart: Weekday { rule.weekStart ?? .monday }

    /// The first wall-clock moment of period `index` (`index` × `INTERVAL` periods after the
    /// first), or with `end` of the period just after it: where period `index` ends.
    func periodStart(_ index: Int, end: Bool = false) -> LocalDateTime {
        let steps = index * interval + (end ? 1 : 0)
        let day = LocalDateTime(date: start.date, time: LocalTime.midnight)
        switch rule.frequency {
        case .yearly:
            let year = start.date.year + steps
            let first = rule.byWeekNumber.isEmpty ? days(year, 1, 1) : weekOne(of: year)
            return LocalDateTime(date: date(first), time: LocalTime.midnight)
        case .monthly:
            let months = start.date.month - 1 + steps
            return LocalDateTime(date: date(days(start.date.year + months / 12, months % 12 + 1, 1)), time: LocalTime.midnight)
        case .weekly:
            var first = Int(start.date.daysSinceEpoch)
            while CivilCalendar.weekday(days: first) != weekStart { first -= 1 }
            return LocalDateTime(date: date(first + 7 * steps), time: LocalTime.midnight)
        case .daily:
            return LocalDateTime(date: date(Int(start.date.daysSinceEpoch) + steps), time: LocalTime.midnight)
        case .hourly:
            return add(Int64(start.time.hour * 3600 + steps * 3600), to: day)
        case .minutely:
            return add(Int64(start.time.hour * 3600 + start.time.minute * 60 + steps * 60), to: day)
        case .secondly:
            return add(Int64(Int(start.time.secondsSinceMidnight) + steps), to: day)
        }
    }

    /// Every instance of period `index`, sorted, after `BYSETPOS`.
    func periodSet(_ index: Int) -> [LocalDateTime] {
        let first = periodStart(index)
        var set: [LocalDateTime] = []
        switch rule.frequency {
        case .yearly, .monthly, .weekly, .daily:
            let last = Int(periodStart(index, end: true).date.daysSinceEpoch) - 1
            let year = rule.frequency == .yearly ? start.date.year + index * interval : nil
            for day in Int(first.date.daysSinceEpoch)...last {
                guard isDay(day, periodYear: year) else { continue }
                for hour in rule.byHour.isEmpty ? [start.time.hour] : rule.byHour {
                    for minute in rule.byMinute.isEmpty ? [start.time.minute] : rule.byMinute {
                        for second in rule.bySecond.isEmpty ? [start.time.second] : rule.bySecond {
                            set.append(add(Int64(hour * 3600 + minute * 60 + second), to: LocalDateTime(date: date(day), time: .midnight)))
                        }
                    }
                }
            }
        case .hourly, .minutely, .secondly:
            let day = Int(first.date.daysSinceEpoch)
            guard isDay(day, periodYear: nil), rule.byHour.isEmpty || rule.byHour.contains(first.time.hour) else { return [] }
            if rule.frequency <= .minutely, !rule.byMinute.isEmpty, !rule.byMinute.contains(first.time.minute) { return [] }
            if rule.frequency == .secondly, !rule.bySecond.isEmpty, !rule.bySecond.contains(first.time.second) { return [] }
            let minutes = rule.frequency == .hourly ? (rule.byMinute.isEmpty ? [start.time.minute] : rule.byMinute) : [first.time.minute]
            let seconds = rule.frequency == .secondly ? [first.time.second] : (rule.bySecond.isEmpty ? [start.time.second] : rule.bySecond)
            let hourStart = LocalDateTime(date: first.date, time: LocalTime(hour: first.time.hour, minute: 0) ?? .midnight)
            for minute in minutes {
                for second in seconds { set.append(add(Int64(minute * 60 + second), to: hourStart)) }
            }
        }
        set = Array(Set(set)).sorted()
        guard !rule.bySetPosition.isEmpty else { return set }
        var chosen: Set<LocalDateTime> = []
        for position in rule.bySetPosition {
            let offset = position > 0 ? position - 1 : set.count + position
            if offset >= 0 && offset < set.count { chosen.insert(set[offset]) }
        }
        return chosen.sorted()
    }

    // MARK: - Days

    /// Whether day `day` (days since 1970-01-01) has every property the rule's day parts name;
    /// `periodYear` is the `YEARLY` period's year.
    private func isDay(_ day: Int, periodYear: Int?) -> Bool {
        let (y, m, d) = CivilCalendar.date(days: day)
        let weekday = CivilCalendar.weekday(days: day)
        var months = rule.byMonth
        var monthDays = rule.byMonthDay
        var weekdays = rule.byDay
        let noDayPart = rule.byWeekNumber.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty && rule.byDay.isEmpty
        switch rule.frequency {
        case .yearly where noDayPart:
            if months.isEmpty { months = [start.date.month] }
            monthDays = [start.date.day]
        case .yearly where !rule.byWeekNumber.isEmpty && rule.byDay.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty:
            weekdays = [RecurrenceWeekday(start.date.weekday)]
        case .monthly where noDayPart:
            monthDays = [start.date.day]
        case .weekly where rule.byDay.isEmpty:
            weekdays = [RecurrenceWeekday(start.date.weekday)]
        default:
            break
        }
        if !months.isEmpty && !months.contains(m) { return false }
        if !rule.byWeekNumber.isEmpty, let periodYear {
            let firstDay = weekOne(of: periodYear)
            let weeks = (weekOne(of: periodYear + 1) - firstDay) / 7
            let number = (day - firstDay) / 7 + 1
            if !rule.byWeekNumber.contains(where: { $0 == number || $0 == number - weeks - 1 }) { return false }
        }
        if !rule.byYearDay.isEmpty {
            let ordinal = day - days(y, 1, 1) + 1
            let length = days(y + 1, 1, 1) - days(y, 1, 1)
            if !rule.byYearDay.contains(where: { $0 == ordinal || $0 == ordinal - length - 1 }) { return false }
        }
        if !monthDays.isEmpty {
            let length = CivilCalendar.daysInMonth(year: y, month: m)
            if !monthDays.contains(where: { $0 == d || $0 == d - length - 1 }) { return false }
        }
        if !weekdays.isEmpty {
            let matches = weekdays.contains { entry in
                guard entry.weekday == weekday else { return false }
                guard let ordinal = entry.ordinal else { return true }
                // "Within a MONTHLY rule … the first Monday within the month"; in a YEARLY
                // rule within the year, or within the month when BYMONTH is present.
                let inMonth = rule.frequency == .monthly || !rule.byMonth.isEmpty
                let scope = inMonth ? days(y, m, 1)..<days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) : days(y, 1, 1)..<days(y + 1, 1, 1)
                let same = scope.filter { CivilCalendar.weekday(days: $0) == weekday }
                let position = ordinal > 0 ? ordinal - 1 : same.count + ordinal
                return position >= 0 && position < same.count && same[position] == day
            }
            if !matches { return false }
        }
        return true
    }

    /// The first day of week 1 of `year`: of the weeks starting on `WKST`, the first with at
    /// least four days in `year`.
    private func weekOne(of year: Int) -> Int {
        var candidate = days(year, 1, 1) - 6
        while true {
            if CivilCalendar.weekday(days: candidate) == weekStart {
                let inYear = (candidate..<candidate + 7).filter { CivilCalendar.date(days: $0).year == year }.count
                if inYear >= 4 { return candidate }
            }
            candidate += 1
        }
    }

    private func days(_ year: Int, _ month: Int, _ day: Int) -> Int { CivilCalendar.days(year: year, month: month, day: day) }

    private func date(_ days: Int) -> LocalDate { LocalDate(daysSinceEpoch: days) ?? LocalDate.maximum }

    private func add(_ seconds: Int64, to value: LocalDateTime) -> LocalDateTime { value.adding(seconds: seconds) ?? value }
}
