import Foundation
import Testing

@testable import CivilTime

@Suite struct ISO8601Tests {
    @Test(arguments: ["2026-03-22", "0001-01-01", "9999-12-31", "2024-02-29"])
    func datesRoundTrip(text: String) throws {
        let date = try #require(ISO8601.date(text))
        #expect(ISO8601.format(date) == text)
    }

    /// The digits written in place agree with C's `printf` (`%04d-%02d-%02d`, `%02d:%02d:%02d`)
    /// for every day of 1900–2100, three days of every year 1–9999 and every second of a day.
    @Test func formatAgreesWithPrintf() throws {
        var days: [LocalDate] = []
        for year in 1...9999 {
            days += [(1, 1), (7, 15), (12, 31)].compactMap { LocalDate(year: year, month: $0.0, day: $0.1) }
        }
        let first = try #require(LocalDate(year: 1900, month: 1, day: 1))
        let last = try #require(LocalDate(year: 2100, month: 12, day: 31))
        var day = first
        while day <= last, let next = day.adding(days: 1) {
            days.append(day)
            day = next
        }
        for date in days {
            #expect(ISO8601.format(date) == String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
        }
        for second in 0..<86_400 {
            let time = try #require(LocalTime(secondsSinceMidnight: second))
            #expect(ISO8601.format(time) == String(format: "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60))
        }
    }

    @Test(arguments: ["2026-3-22", "2026-02-30", "20260322", "2026-03-22T", "", "２０２６-03-22", "2026-13-01"])
    func malformedDatesAreRejected(text: String) {
        #expect(ISO8601.date(text) == nil)
    }

    @Test func dateTimesAndInstants() throws {
        #expect(ISO8601.dateTime("2026-03-22T10:00") == LocalDateTime(year: 2026, month: 3, day: 22, hour: 10))
        #expect(ISO8601.dateTime("2026-03-22 10:00:30") == LocalDateTime(year: 2026, month: 3, day: 22, hour: 10, second: 30))
        #expect(ISO8601.dateTime("2026-03-22T24:00") == nil)
        let utc = try #require(LocalDateTime(year: 2026, month: 3, day: 22, hour: 3))
        #expect(ISO8601.instant("2026-03-22T10:00:00+07:00") == Instant(secondsSinceEpoch: utc.secondsSinceEpoch))
        #expect(ISO8601.instant("2026-03-22T03:00Z") == Instant(secondsSinceEpoch: utc.secondsSinceEpoch))
        #expect(ISO8601.instant("2026-03-21T22:00:00-0500") == Instant(secondsSinceEpoch: utc.secondsSinceEpoch))
        #expect(ISO8601.instant("2026-03-22T10:00:00") == nil)
        #expect(ISO8601.instant("2026-03-22T10:00:00+19:00") == nil)
    }

    @Test func instantsFormatInTheirZone() throws {
        let jakarta = try ZoneRules.named("Asia/Jakarta")
        let kolkata = try ZoneRules.named("Asia/Kolkata")
        let utc = try #require(LocalDateTime(year: 2026, month: 3, day: 29, hour: 3))
        let instant = Instant(secondsSinceEpoch: utc.secondsSinceEpoch)
        #expect(ISO8601.format(instant, in: jakarta) == "2026-03-29T10:00:00+07:00")
        #expect(ISO8601.format(instant, in: kolkata) == "2026-03-29T08:30:00+05:30")
        #expect(ISO8601.format(instant, in: .utc) == "2026-03-29T03:00:00+00:00")
        #expect(instant.description == "2026-03-29T03:00:00Z")
    }
}
