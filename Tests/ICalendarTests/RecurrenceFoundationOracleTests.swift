import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// Foundation's own `Calendar.RecurrenceRule` as a further oracle, on the rules of the
/// dateutil fixture that it can express without trapping (DAILY to YEARLY, no BYSECOND,
/// BYWEEKNO, BYYEARDAY or BYSETPOS) and at start times that
/// are not inside a DST gap or repeated hour (where Foundation's matching policies differ by
/// design). Used for tests only: it costs 30–60 µs per occurrence.
struct RecurrenceFoundationOracleTests {
    static func foundationRule(_ rule: RecurrenceRule, calendar: Calendar) -> Calendar.RecurrenceRule? {
        let frequency: Calendar.RecurrenceRule.Frequency
        switch rule.frequency {
        case .yearly: frequency = .yearly
        case .monthly: frequency = .monthly
        case .weekly: frequency = .weekly
        case .daily: frequency = .daily
        case .hourly: frequency = .hourly
        case .minutely: frequency = .minutely
        case .secondly: return nil
        }
        // Foundation traps (a `try!` in Calendar_Recurrence.swift, "notAdvancing") on some
        // rules with week numbers, year days or set positions: those stay with dateutil.
        guard rule.bySecond.isEmpty, rule.until == nil, rule.byWeekNumber.isEmpty, rule.byYearDay.isEmpty,
            rule.bySetPosition.isEmpty, rule.frequency >= .daily, rule.byMonthDay.allSatisfy({ $0 > 0 }),
            rule.byDay.allSatisfy({ $0.ordinal == nil }), rule.byHour.isEmpty, rule.byMinute.isEmpty,
            // Foundation reads MONTHLY/YEARLY with a plain BYDAY=WE as the first Wednesday of
            // each period, against RFC 5545's own "Every Tuesday, every other month" example.
            rule.frequency <= .weekly || rule.byDay.isEmpty,
            // It also keeps YEARLY;BYMONTHDAY=… to DTSTART's month, where RFC 5545 (and
            // dateutil, libical) take that day of every month.
            rule.frequency != .yearly || rule.byMonthDay.isEmpty || !rule.byMonth.isEmpty
        else { return nil }
        var result = Calendar.RecurrenceRule(calendar: calendar, frequency: frequency, interval: rule.interval)
        if let count = rule.count { result.end = .afterOccurrences(count) }
        result.months = rule.byMonth.map { Calendar.RecurrenceRule.Month($0) }
        result.daysOfTheMonth = rule.byMonthDay
        result.daysOfTheYear = rule.byYearDay
        result.weeks = rule.byWeekNumber
        result.hours = rule.byHour
        result.minutes = rule.byMinute
        result.setPositions = rule.bySetPosition
        let days: [Locale.Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
        result.weekdays = rule.byDay.map { entry in
            let day = days[entry.weekday.rawValue - 1]
            if let ordinal = entry.ordinal, rule.frequency >= .monthly { return .nth(ordinal, day) }
            return .every(day)
        }
        return result
    }

    struct Outcome {
        var compared = 0
        var agreed = 0
        var disagreements: [String] = []
    }

    static func compare() throws -> Outcome {
        var outcome = Outcome()
        // Cases where dateutil reads RFC 5545 differently (`difference`) are checked against
        // the reference evaluator in `RecurrenceDateutilFixtureTests` instead.
        for fixture in RecurrenceDateutilFixtureTests.cases where fixture.difference == nil {
            let rule = try RecurrenceRule(parsing: fixture.rule)
            let zone = try ZoneRules.named(fixture.tzid)
            guard let timeZone = TimeZone(identifier: fixture.tzid), let start = RecurrenceExpansionTests.local(fixture.start),
                case .unique = zone.resolve(start)
            else { continue }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            calendar.firstWeekday = rule.effectiveWeekStart == .sunday ? 1 : rule.effectiveWeekStart.rawValue + 1
            calendar.minimumDaysInFirstWeek = 4
            guard let oracle = foundationRule(rule, calendar: calendar) else { continue }
            let ours = try RecurrenceTestSupport.expand(fixture.rule, start: fixture.start, tzid: fixture.tzid, prefix: 20, cap: 20)
            let startDate = zone.instant(for: start).date
            let theirs = oracle.recurrences(of: startDate).prefix(ours.count + 1).map { Instant($0) }
            outcome.compared += 1
            let oursInstants = ours.map { zone.instant(for: $0) }
            if Array(theirs.prefix(oursInstants.count)) == oursInstants && (theirs.count == oursInstants.count || ours.count == 20) {
                outcome.agreed += 1
            } else {
                outcome.disagreements.append("\(fixture.tzid) \(fixture.start) \(fixture.rule)")
            }
        }
        return outcome
    }

    /// Where Foundation can express the rule (and follows RFC 5545), it agrees with us, and
    /// so with dateutil, on every case.
    @Test func foundationAgreesWhereItOverlaps() throws {
        let outcome = try Self.compare()
        #expect(outcome.compared >= 150)
        #expect(outcome.agreed == outcome.compared, "\(outcome.agreed)/\(outcome.compared); \(outcome.disagreements)")
    }
}
