import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// ``CalendarFile``, the one path of calendar input: where its diagnostics point and why a file
/// gives no events. (Its events against python `icalendar` + `recurring-ical-events`, through
/// every consumer, are in ParleyCLITests' `CalendarInputAgreementTests`.)
struct CalendarFileTests {
    /// The folder of the python-made fixture (Tests/Fixtures/calendar-input).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/calendar-input").path

    @Test func diagnosticsNameTheFileAndLine() throws {
        let text =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260301\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20260301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let file = try CalendarFile.read(bytes: Array(text.utf8), path: "calendars/x.ics")
        #expect(
            file.leftOut.map(\.description) == [
                "calendars/x.ics:3: error: VEVENT has no DTSTART",
                "calendars/x.ics:10: error: RRULE column 13: BYDAY: expected weekdays like MO, 2TU or -1FR, found 'XX'",
            ])
        #expect(file.diagnostics.map(\.line) == [3, 10, 14])
        #expect(file.diagnostics.last?.severity == .warning)
        #expect(try file.occurrences(in: nil).map(\.start.iso8601) == ["2026-03-01"])
    }

    @Test func aFileThatCannotBeReadSaysWhy() throws {
        let missing = try #require(throws: CalendarFileError.self) { try CalendarFile.read(path: Self.folder + "/absent.ics") }
        #expect(missing.reason == .unreadable("no such file"))
        let folder = try #require(throws: CalendarFileError.self) { try CalendarFile.read(path: Self.folder) }
        #expect(folder.reason == .unreadable("is a folder, not a file"))
        let empty = try #require(throws: CalendarFileError.self) { try CalendarFile.read(bytes: [], path: "e.ics") }
        #expect(empty.reason == .noCalendar)
        #expect(empty.description == "e.ics:1: error: no BEGIN:VCALENDAR in the file")
        // Only a limit makes the rest unreadable (nesting deeper than 64 here).
        let malformed = try #require(throws: CalendarFileError.self) {
            try CalendarFile.read(bytes: Array(String(repeating: "BEGIN:VCALENDAR\r\n", count: 70).utf8), path: "m.ics")
        }
        #expect(malformed.reason == .malformed)
        #expect(malformed.first?.file == "m.ics")
        #expect(malformed.first?.line == 65)
        // A component closed by its parent's END is read, with a warning; its event, with no
        // DTSTART, is left out with an error at its line.
        let unclosed = try CalendarFile.read(bytes: Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n".utf8), path: "u.ics")
        #expect(unclosed.diagnostics.map(\.severity) == [.warning, .error])
        #expect(unclosed.leftOut.map(\.description) == ["u.ics:2: error: VEVENT has no DTSTART"])
    }

    @Test func limitsApply() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/feed.ics"))
        let error = try #require(throws: CalendarFileError.self) {
            try CalendarFile.read(bytes: Array(text), path: "feed.ics", limits: CalendarReaderLimits(maximumComponents: 3))
        }
        #expect(error.first?.message == "more components than the limit of 3")
    }
}
