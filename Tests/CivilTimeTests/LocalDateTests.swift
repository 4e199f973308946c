import Foundation
import TestSupport
import Testing

@testable import CivilTime

@Suite struct LocalDateTests {
    @Test(arguments: [(2026, 2, 29), (2025, 13, 1), (0, 1, 1), (2026, 4, 31), (10000, 1, 1), (2026, 0, 10)])
    func invalidDatesAreRejected(year: Int, month: Int, day: Int) {
        #expect(LocalDate(year: year, month: month, day: day) == nil)
    }

    /// Month arithmetic clamps to the end of a shorter month (as ISO 8601 durations and
    /// Foundation's `Calendar.date(byAdding: .month …)` do).
    @Test(arguments: [
        ((2024, 1, 31), 1, (2024, 2, 29)),
        ((2025, 1, 31), 1, (2025, 2, 28)),
        ((2025, 3, 31), -1, (2025, 2, 28)),
        ((2025, 12, 15), 1, (2026, 1, 15)),
        ((2026, 1, 15), -13, (2024, 12, 15)),
        ((2017, 3, 22), 12, (2018, 3, 22)),
        ((2024, 2, 29), 12, (2025, 2, 28)),
    ])
    func addingMonthsClampsTheDay(start: (Int, Int, Int), months: Int, expected: (Int, Int, Int)) throws {
        let date = try #require(LocalDate(year: start.0, month: start.1, day: start.2))
        let result = try #require(date.adding(months: months))
        #expect((result.year, result.month, result.day) == expected)
    }

    /// Seconds added on the wall clock against Foundation's Gregorian calendar in UTC (from
    /// 1600: Foundation's calendar is Julian before 1582): within the day, across midnight,
    /// months, leap days and years, backwards, and past the end of year 9999 (`nil`, as before
    /// year 1).
    @Test func addingSecondsAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var generator = SeededGenerator(seed: 86_400)
        let steps: [Int64] = [0, 1, -1, 59, 3_600, 5_400, 86_399, 86_400, -86_400, 86_401, 31_622_400, -31_622_400]
        var disagreements: [String] = []
        for round in 0..<2_000 {
            let year = round % 50 == 0 ? 9999 : Int.random(in: 1600...2400, using: &generator)
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...CivilCalendar.daysInMonth(year: year, month: month), using: &generator)
            let start = try #require(
                LocalDateTime(
                    year: year, month: month, day: day, hour: Int.random(in: 0...23, using: &generator),
                    minute: Int.random(in: 0...59, using: &generator), second: Int.random(in: 0...59, using: &generator)))
            let seconds = steps.randomElement(using: &generator).map { $0 + Int64.random(in: -2...2, using: &generator) } ?? 0
            let components = DateComponents(
                year: start.date.year, month: start.date.month, day: start.date.day, hour: start.time.hour, minute: start.time.minute,
                second: start.time.second)
            let expected = calendar.date(from: components).flatMap { calendar.date(byAdding: .second, value: Int(seconds), to: $0) }
                .map { calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: $0) }
                .flatMap {
                    LocalDateTime(
                        year: $0.year ?? 0, month: $0.month ?? 0, day: $0.day ?? 0, hour: $0.hour ?? 0, minute: $0.minute ?? 0,
                        second: $0.second ?? 0)
                }
            if start.adding(seconds: seconds) != expected { disagreements.append("\(start) + \(seconds)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        let first = LocalDateTime(date: LocalDate.minimum, time: LocalTime.midnight)
        #expect(first.adding(seconds: -1) == nil && first.adding(seconds: 1) == LocalDateTime(year: 1, month: 1, day: 1, second: 1))
    }

    @Test func addingDaysCrossesYearsAndLeapDays() throws {
        let date = try #require(LocalDate(year: 2024, month: 2, day: 28))
        #expect(date.adding(days: 1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(date.adding(days: 2) == LocalDate(year: 2024, month: 3, day: 1))
        #expect(date.adding(days: 366) == LocalDate(year: 2025, month: 2, day: 28))
        #expect(LocalDate.maximum.adding(days: 1) == nil)
        #expect(LocalDate.minimum.adding(days: -1) == nil)
        let first = try #require(LocalDate(year: 2017, month: 3, day: 22))
        let second = try #require(LocalDate(year: 2018, month: 4, day: 10))
        #expect(first.days(until: second) == 384)
    }

    /// ISO 8601 week dates near New Year (examples from the ISO 8601 week-date rules).
    @Test(arguments: [
        ((2008, 12, 29), (2009, 1)),
        ((2010, 1, 3), (2009, 53)),
        ((2021, 1, 3), (2020, 53)),
        ((2024, 12, 30), (2025, 1)),
        ((2027, 1, 1), (2026, 53)),
        ((2026, 3, 22), (2026, 12)),
    ])
    func isoWeeks(date: (Int, Int, Int), week: (Int, Int)) throws {
        let day = try #require(LocalDate(year: date.0, month: date.1, day: date.2))
        #expect(day.isoWeek.year == week.0)
        #expect(day.isoWeek.week == week.1)
        let monday = try #require(LocalDate(daysSinceEpoch: day.isoWeek.mondayDaysSinceEpoch))
        #expect(monday.weekday == .monday)
        #expect(monday.isoWeek == day.isoWeek)
    }

    @Test func weekdayArithmetic() {
        #expect(Weekday.sunday.advanced(by: 1) == .monday)
        #expect(Weekday.monday.advanced(by: -1) == .sunday)
        #expect(Weekday.friday.days(until: .monday) == 3)
        #expect(Weekday(icalendarCode: "th") == .thursday)
        #expect(Weekday(name: "Sat") == .saturday)
        #expect(Weekday(name: "sa") == nil)
    }

    /// Every date of 2000–2030 against counting: the nth is how many of its weekday the month has
    /// up to it, and it is the last when none follows in the month.
    @Test func weekdayOrdinalsMatchCounting() throws {
        var date = try #require(LocalDate(year: 2000, month: 1, day: 1))
        let end = try #require(LocalDate(year: 2031, month: 1, day: 1))
        while date < end {
            var earlier = 0
            var probe = date
            while let back = probe.adding(days: -7), back.month == date.month {
                earlier += 1
                probe = back
            }
            let isLast = date.adding(days: 7).map { $0.month != date.month } ?? true
            let expected = isLast ? [earlier + 1, -1] : [earlier + 1]
            #expect(date.weekdayOrdinals == expected, "\(date)")
            date = try #require(date.adding(days: 1))
        }
    }
}
