import Testing
@testable import CivilTime

@Suite struct ISO8601Tests {
    @Test(arguments: ["2026-03-22", "0001-01-01", "9999-12-31", "2024-02-29"])
    func datesRoundTrip(text: String) throws {
        let date = try #require(ISO8601.date(text))
        #expect(ISO8601.format(date) == text)
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
