import CivilTime
import Foundation
import Testing

@testable import ParleyCLI

/// The committed fixture written by `Tests/Fixtures/generate_zone_transitions.py` from
/// Python's `zoneinfo`.
struct ZoneFixture: Decodable {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let zone: String
        let year: Int
        let why: String
        let offsetAtStart: Int
        let dstAtStart: Bool?
        let transitions: [Transition]
        var testDescription: String { "\(zone) \(year): \(why)" }
    }

    struct Transition: Decodable, Sendable {
        let instant: Int64
        let instantText: String
        let offsetBefore: Int
        let offsetAfter: Int
        let dst: Bool?
    }

    let tzdata: String
    let cases: [Case]

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/zone-transitions.json")

    static func load() throws -> ZoneFixture {
        try JSONDecoder().decode(ZoneFixture.self, from: Data(contentsOf: url))
    }

    static var cases: [Case] { (try? load())?.cases ?? [] }
}

@Suite("parley tz: transitions against Python zoneinfo")
struct TimeZoneCommandTests {
    /// `parley tz --format json` as printed.
    struct Document: Decodable {
        struct Transition: Decodable {
            let instant: String
            let instantSeconds: Int64
            let localBefore: String
            let localAfter: String
            let offsetBefore: String
            let offsetAfter: String
            let offsetBeforeSeconds: Int
            let offsetAfterSeconds: Int
            let isDaylightSaving: Bool
            let effect: String
        }
        let zone: String
        let year: Int
        let offsetAtStart: String
        let offsetSecondsAtStart: Int
        let isDaylightSavingAtStart: Bool
        let transitions: [Transition]
    }

    @Test func fixtureIsPresent() throws {
        let fixture = try ZoneFixture.load()
        #expect(fixture.cases.count >= 20)
        #expect(fixture.cases.contains { !$0.transitions.isEmpty })
    }

    @Test(arguments: ZoneFixture.cases)
    func jsonMatchesZoneinfo(_ example: ZoneFixture.Case) throws {
        let result = ParleyRun(["tz", example.zone, "--year", "\(example.year)", "--format", "json"])
        #expect(result.code == .success)
        #expect(result.standardError.isEmpty)
        let document = try JSONDecoder().decode(Document.self, from: Data(result.standardOutput.utf8))
        #expect(document.zone == example.zone)
        #expect(document.year == example.year)
        #expect(document.offsetSecondsAtStart == example.offsetAtStart)
        if let dst = example.dstAtStart { #expect(document.isDaylightSavingAtStart == dst) }
        #expect(document.transitions.map(\.instant) == example.transitions.map(\.instantText))
        #expect(document.transitions.map(\.instantSeconds) == example.transitions.map(\.instant))
        #expect(document.transitions.map(\.offsetBeforeSeconds) == example.transitions.map(\.offsetBefore))
        #expect(document.transitions.map(\.offsetAfterSeconds) == example.transitions.map(\.offsetAfter))
        for (ours, theirs) in zip(document.transitions, example.transitions) {
            if let dst = theirs.dst { #expect(ours.isDaylightSaving == dst, "\(theirs.instantText)") }
            #expect(ours.offsetBefore == ISO8601.formatOffset(theirs.offsetBefore))
            #expect(ours.offsetAfter == ISO8601.formatOffset(theirs.offsetAfter))
            let before = LocalDateTime(secondsSinceEpoch: theirs.instant + Int64(theirs.offsetBefore)).map(ISO8601.format)
            let after = LocalDateTime(secondsSinceEpoch: theirs.instant + Int64(theirs.offsetAfter)).map(ISO8601.format)
            #expect(ours.localBefore == before)
            #expect(ours.localAfter == after)
            let effect = theirs.offsetAfter > theirs.offsetBefore ? "skipped" : "repeated"
            #expect(ours.effect == effect)
        }
    }

    @Test func textForLondon2026() {
        let result = ParleyRun(["tz", "Europe/London", "--year", "2026"])
        #expect(result.code == .success)
        #expect(
            result.standardOutput == """
                Europe/London, 2026: 2 transitions
                From 2026-01-01T00:00:00: +00:00, standard time

                UTC                    Local before          Local after           Offset            DST   Effect
                2026-03-29T01:00:00Z   2026-03-29T01:00:00   2026-03-29T02:00:00   +00:00 → +01:00   yes   01:00:00–02:00:00 skipped
                2026-10-25T01:00:00Z   2026-10-25T02:00:00   2026-10-25T01:00:00   +01:00 → +00:00   no    01:00:00–02:00:00 repeated

                """
        )
    }

    @Test func textForAZoneWithoutTransitions() {
        let result = ParleyRun(["tz", "Asia/Kolkata", "--year=2026"])
        #expect(result.code == .success)
        #expect(result.standardOutput == "Asia/Kolkata, 2026: no transitions\nAll year: +05:30, standard time\n")
    }

    @Test func textNamesTheSkippedDayOfApia() {
        let result = ParleyRun(["tz", "Pacific/Apia", "--year", "2011"])
        #expect(result.code == .success)
        #expect(
            result.standardOutput.contains(
                "2011-12-30T10:00:00Z   2011-12-30T00:00:00   2011-12-31T00:00:00   -10:00 → +14:00   yes   00:00:00–24:00:00 skipped\n"))
    }

    @Test func headingIsBoldOnlyOnATerminal() {
        let plain = ParleyRun(["tz", "UTC", "--year", "2026"])
        #expect(plain.standardOutput.hasPrefix("UTC, 2026: no transitions\n"))
        let coloured = ParleyRun(["tz", "UTC", "--year", "2026"], standardOutputIsTerminal: true)
        #expect(coloured.standardOutput.hasPrefix("\u{1B}[1mUTC, 2026: \u{1B}[0mno transitions\n"))
        let noColor = ParleyRun(["tz", "UTC", "--year", "2026"], environment: ["NO_COLOR": "1"], standardOutputIsTerminal: true)
        #expect(noColor.standardOutput == plain.standardOutput)
    }

    @Test func yearDefaultsToTheCurrentUTCYear() throws {
        let year = Calendar(identifier: .gregorian).dateComponents(in: try #require(TimeZone(identifier: "UTC")), from: Date()).year
        let result = ParleyRun(["tz", "Europe/London"])
        #expect(result.code == .success)
        #expect(result.standardOutput.hasPrefix("Europe/London, \(try #require(year)): "))
    }

    @Test(arguments: [
        (["tz"], "Error: missing argument TZID"),
        (["tz", "Asia/Jakrta"], "Error: unknown time zone 'Asia/Jakrta'; did you mean 'Asia/Jakarta'?"),
        (["tz", "Jakarta"], "Error: unknown time zone 'Jakarta'; did you mean 'Asia/Jakarta'?"),
        (["tz", "Europe/London", "--year", "1799"], "Error: --year must be a whole number from 1800 to 2400; got '1799'"),
        (["tz", "Europe/London", "--year", "twenty"], "Error: --year must be a whole number from 1800 to 2400; got 'twenty'"),
        (["tz", "Europe/London", "--format", "xml"], "Error: --format must be one of text, json; got 'xml'"),
        (["tz", "Europe/London", "Asia/Jakarta"], "Error: unexpected argument 'Asia/Jakarta'"),
        (["tz", "Europe/London", "--yaer", "2026"], "Error: unknown option '--yaer'; did you mean '--year'?"),
    ])
    func badArgumentsExitTwo(arguments: [String], firstLine: String) {
        let result = ParleyRun(arguments)
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "\(firstLine)\nUsage: parley tz TZID [--year YEAR] [--format text|json]\nRun 'parley tz --help' for more.\n"
        )
    }
}
