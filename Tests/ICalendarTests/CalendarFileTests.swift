import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// ``CalendarFile``, the one path of calendar input, against a calendar written by python
/// `icalendar` and expanded by `recurring-ical-events` (Tests/Fixtures/calendar-input, made by
/// Tests/Fixtures/generate_calendar_input_fixture.py): a weekly series across a DST change with
/// an EXDATE and a moved instance, a timed event crossing midnight, one ending at midnight, a
/// three-day all-day event, and yearly and monthly all-day series.
struct CalendarFileTests {
    /// What the python libraries found, from `expected.json`.
    struct Expected: Decodable {
        struct Occurrence: Decodable {
            let start: String
            let end: String
            let length: Int64
            let summary: String
        }

        let window: [String]
        let occurrences: [Occurrence]
        let daysOff: [String]

        /// The fixture's folder.
        static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/calendar-input").path

        static func load() throws -> Expected {
            try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json")))
        }
    }

    static func instant(_ text: String) throws -> Instant {
        try #require(ISOStamp(parsing: text)).instant
    }

    @Test func readsAndExpandsAsRecurringIcalEventsDoes() throws {
        let expected = try Expected.load()
        let file = try CalendarFile.read(path: Expected.folder + "/feed.ics")
        #expect(file.leftOut.isEmpty, "\(file.diagnostics)")
        let window = try Self.instant(expected.window[0])..<Self.instant(expected.window[1])
        let occurrences = try file.occurrences(in: window)
        #expect(occurrences.map(\.start.iso8601) == expected.occurrences.map(\.start))
        #expect(occurrences.map(\.end.iso8601) == expected.occurrences.map(\.end))
        #expect(occurrences.map { $0.component.property("SUMMARY")?.textValue ?? "" } == expected.occurrences.map(\.summary))
    }

    /// Every local date covered: the night shift (22:00–02:00) on two dates, the reception
    /// ending at midnight on one, the three-day retreat on three.
    @Test func occurrencesCoverTheDatesPythonCounts() throws {
        let expected = try Expected.load()
        let file = try CalendarFile.read(path: Expected.folder + "/feed.ics")
        let occurrences = try file.occurrences(in: Self.instant(expected.window[0])..<Self.instant(expected.window[1]))
        let days = occurrences.flatMap { occurrence in
            occurrence.dates.map { "\($0) \(occurrence.component.property("SUMMARY")?.textValue ?? "")" }
        }
        #expect(days.sorted() == expected.daysOff)
        #expect(expected.daysOff.contains("2026-04-11 Night shift") && !expected.daysOff.contains("2026-05-09 Victory Day eve reception"))
    }

    @Test func diagnosticsNameTheFileAndLine() throws {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260301\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20260301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let file = try CalendarFile.read(bytes: Array(text.utf8), path: "calendars/x.ics")
        #expect(file.leftOut.map(\.description) == [
            "calendars/x.ics:3: error: VEVENT has no DTSTART",
            "calendars/x.ics:10: error: RRULE column 13: BYDAY: expected weekdays like MO, 2TU or -1FR, found 'XX'",
        ])
        #expect(file.diagnostics.map(\.line) == [3, 10, 14])
        #expect(file.diagnostics.last?.severity == .warning)
        #expect(try file.occurrences(in: nil).map(\.start.iso8601) == ["2026-03-01"])
    }

    @Test func aFileThatCannotBeReadSaysWhy() throws {
        let missing = try #require(throws: CalendarFileError.self) { try CalendarFile.read(path: Expected.folder + "/absent.ics") }
        #expect(missing.reason == .unreadable("no such file"))
        let folder = try #require(throws: CalendarFileError.self) { try CalendarFile.read(path: Expected.folder) }
        #expect(folder.reason == .unreadable("is a folder, not a file"))
        let empty = try #require(throws: CalendarFileError.self) { try CalendarFile.read(bytes: [], path: "e.ics") }
        #expect(empty.reason == .noCalendar)
        #expect(empty.description == "e.ics:1: error: no BEGIN:VCALENDAR in the file")
        let malformed = try #require(throws: CalendarFileError.self) {
            try CalendarFile.read(bytes: Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n".utf8), path: "m.ics")
        }
        #expect(malformed.reason == .malformed)
        #expect(malformed.first?.file == "m.ics")
        #expect(malformed.first?.line == 2)
    }

    @Test func limitsApply() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: Expected.folder + "/feed.ics"))
        let error = try #require(throws: CalendarFileError.self) {
            try CalendarFile.read(bytes: Array(text), path: "feed.ics", limits: CalendarReaderLimits(maximumComponents: 3))
        }
        #expect(error.first?.message == "more components than the limit of 3")
    }
}
