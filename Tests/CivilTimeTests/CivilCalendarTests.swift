import Foundation
import Testing

@testable import CivilTime

/// Integer civil-day arithmetic against Foundation's Gregorian calendar, the oracle.
@Suite struct CivilCalendarTests {
    private static func gregorianUTC() -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }

    private static func isoUTC() -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }

    @Test func everyDayFrom1900To2100MatchesFoundation() throws {
        let gregorian = Self.gregorianUTC()
        let iso = Self.isoUTC()
        let first = CivilCalendar.days(year: 1900, month: 1, day: 1)
        let last = CivilCalendar.days(year: 2100, month: 12, day: 31)
        var mismatches: [String] = []
        for days in first...last {
            let date = Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
            let parts = gregorian.dateComponents([.year, .month, .day, .weekday], from: date)
            let isoParts = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            let ours = try #require(LocalDate(daysSinceEpoch: days))
            // Foundation numbers weekdays from Sunday = 1.
            let foundationWeekday = Weekday(rawValue: ((parts.weekday ?? 0) + 5) % 7 + 1)
            if ours.year != parts.year || ours.month != parts.month || ours.day != parts.day
                || ours.weekday != foundationWeekday
                || ours.isoWeek.year != isoParts.yearForWeekOfYear || ours.isoWeek.week != isoParts.weekOfYear
            {
                mismatches.append("day \(days): ours \(ours), Foundation \(parts) \(isoParts)")
            }
            if CivilCalendar.days(year: ours.year, month: ours.month, day: ours.day) != days {
                mismatches.append("day \(days) does not round-trip")
            }
            if mismatches.count > 5 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func ordinalDayMatchesFoundation() throws {
        let gregorian = Self.gregorianUTC()
        for (year, month, day) in [(2024, 12, 31), (2025, 12, 31), (2000, 3, 1), (1900, 3, 1), (2026, 1, 1)] {
            let ours = try #require(LocalDate(year: year, month: month, day: day))
            let date = Date(timeIntervalSince1970: TimeInterval(ours.daysSinceEpoch) * 86_400)
            #expect(ours.ordinalDay == gregorian.ordinality(of: .day, in: .year, for: date))
        }
    }

    @Test(arguments: [
        (1900, false), (2000, true), (2024, true), (2025, false), (2100, false), (2400, true),
    ])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(CivilCalendar.isLeapYear(year) == isLeap)
        #expect(CivilCalendar.daysInYear(year) == (isLeap ? 366 : 365))
        #expect(CivilCalendar.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
    }
}
