import CivilTime
import Testing

@testable import ParleyCLI

@Suite("ISO 8601 date and date-time arguments")
struct DateTimeArgumentTests {
    @Test(arguments: [
        ("2026-03-29", 2026, 3, 29),
        ("20260329", 2026, 3, 29),
        ("2024-02-29", 2024, 2, 29),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func dates(text: String, year: Int, month: Int, day: Int) throws {
        #expect(try ArgumentValue.date(text, label: "--from") == LocalDate(year: year, month: month, day: day))
    }

    @Test(arguments: [
        ("29/03/2026", "--from must be an ISO 8601 date like 2026-03-29; got '29/03/2026'"),
        ("2026-3-29", "--from must be an ISO 8601 date like 2026-03-29; got '2026-3-29'"),
        ("2026-0329", "--from must be an ISO 8601 date like 2026-03-29; got '2026-0329'"),
        ("2026-03-29T10:00", "--from must be an ISO 8601 date like 2026-03-29; got '2026-03-29T10:00'"),
        ("", "--from must be an ISO 8601 date like 2026-03-29; got ''"),
        ("2026-13-01", "--from: month 13 is out of range 1–12 in '2026-13-01'"),
        ("2026-00-10", "--from: month 0 is out of range 1–12 in '2026-00-10'"),
        ("2026-02-29", "--from: day 29 is out of range 1–28 for February 2026 in '2026-02-29'"),
        ("2026-04-31", "--from: day 31 is out of range 1–30 for April 2026 in '2026-04-31'"),
        ("1900-02-29", "--from: day 29 is out of range 1–28 for February 1900 in '1900-02-29'"),
        ("2026-01-00", "--from: day 0 is out of range 1–31 for January 2026 in '2026-01-00'"),
        ("0000-01-01", "--from: year 0 is out of range 1–9999 in '0000-01-01'"),
    ])
    func badDates(text: String, message: String) {
        #expect(throws: UsageError(message)) { try ArgumentValue.date(text, label: "--from") }
    }

    @Test(arguments: [
        ("2026-03-29", "2026-03-29T00:00:00", true, nil),
        ("2026-03-29T10:00", "2026-03-29T10:00:00", false, nil),
        ("2026-03-29t10:00:05", "2026-03-29T10:00:05", false, nil),
        ("2026-03-29T10:00:00Z", "2026-03-29T10:00:00", false, 0),
        ("20260329T100000Z", "2026-03-29T10:00:00", false, 0),
        ("20260329T1000", "2026-03-29T10:00:00", false, nil),
        ("2026-03-29T10:00+07:00", "2026-03-29T10:00:00", false, 25_200),
        ("2026-03-29T10:00:00-0330", "2026-03-29T10:00:00", false, -12_600),
        ("2026-03-29T10:00+05", "2026-03-29T10:00:00", false, 18_000),
        ("2026-03-29T23:59:59-18:00", "2026-03-29T23:59:59", false, -64_800),
    ])
    func dateTimes(text: String, local: String, isDateOnly: Bool, offset: Int?) throws {
        let argument = try ArgumentValue.dateTime(text, label: "--start")
        #expect(ISO8601.format(argument.localDateTime) == local)
        #expect(argument.isDateOnly == isDateOnly)
        #expect(argument.offsetSeconds == offset)
    }

    static let shape = "must be an ISO 8601 date or date-time like 2026-03-29 or 2026-03-29T10:00 (optionally with Z or +07:00)"

    @Test(arguments: [
        ("2026-03-29 10:00", "--start \(shape); got '2026-03-29 10:00'"),
        ("2026-03-29T10", "--start \(shape); got '2026-03-29T10'"),
        ("2026-03-29T1000:00", "--start \(shape); got '2026-03-29T1000:00'"),
        ("2026-03-29T10:00+7", "--start \(shape); got '2026-03-29T10:00+7'"),
        ("2026-03-29T10:00+07:60", "--start \(shape); got '2026-03-29T10:00+07:60'"),
        ("2026-03-29T10:00 UTC", "--start \(shape); got '2026-03-29T10:00 UTC'"),
        ("2026-03-29T10:00.5", "--start: fractions of a second are not supported in '2026-03-29T10:00.5'"),
        ("2026-03-29T24:00", "--start: hour 24 is out of range 0–23 in '2026-03-29T24:00'"),
        ("2026-03-29T10:60", "--start: minute 60 is out of range 0–59 in '2026-03-29T10:60'"),
        ("2026-03-29T23:59:60Z", "--start: second 60 is out of range 0–59 in '2026-03-29T23:59:60Z'"),
        ("2026-02-30T10:00", "--start: day 30 is out of range 1–28 for February 2026 in '2026-02-30T10:00'"),
        ("2026-03-29T10:00+19:00", "--start: the offset in '2026-03-29T10:00+19:00' is out of range -18:00 to +18:00"),
    ])
    func badDateTimes(text: String, message: String) {
        #expect(throws: UsageError(message)) { try ArgumentValue.dateTime(text, label: "--start") }
    }

    @Test func instantsFollowTheZoneAndRFC5545Gaps() throws {
        let newYork = try ZoneRules.named("America/New_York")
        // 2026-03-08 02:30 does not exist in New York; RFC 5545 §3.3.5 moves it to 03:30 EDT = 07:30Z.
        let gap = try ArgumentValue.dateTime("2026-03-08T02:30", label: "--start")
        #expect(gap.instant(in: newYork) == Instant(secondsSinceEpoch: 1_772_955_000))
        let date = try ArgumentValue.dateTime("2026-01-01", label: "--start")
        #expect(date.instant(in: newYork) == Instant(secondsSinceEpoch: 1_767_243_600))
        let explicit = try ArgumentValue.dateTime("2026-03-29T10:00+07:00", label: "--start")
        #expect(explicit.instant(in: newYork) == Instant(secondsSinceEpoch: 1_774_753_200))
        #expect(ISO8601.format(explicit.localDateTime) == "2026-03-29T10:00:00")
    }
}
