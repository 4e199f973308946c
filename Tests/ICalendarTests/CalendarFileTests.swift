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

    /// A calendar of more than a thousand masters is collected in two halves on two cores, each
    /// writing its series into its own stretch of one list; the stretches are then moved
    /// together. Events that give no series (no `DTSTART`: an error, left out) leave gaps on
    /// both sides, and overrides of masters in the other half are taken by their master: the
    /// series are still every master that reads, in file order, each with its own overrides.
    @Test func seriesOfBothHalvesAreEveryMasterInFileOrder() throws {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//tests//EN\r\n"
        var expected: [(uid: String, overrides: Int)] = []
        for index in 0..<3_000 {
            let broken = index % 7 == 3
            text += "BEGIN:VEVENT\r\nUID:m\(index)\r\n" + (broken ? "" : "DTSTART:20260105T100000Z\r\n")
            text += "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n"
            if !broken { expected.append(("m\(index)", index % 5 == 0 ? 1 : 0)) }
        }
        // Overrides after every master, so those of the first half's masters sit in the second.
        for index in stride(from: 0, to: 3_000, by: 5) where index % 7 != 3 {
            text += "BEGIN:VEVENT\r\nUID:m\(index)\r\nRECURRENCE-ID:20260106T100000Z\r\nDTSTART:20260106T120000Z\r\nEND:VEVENT\r\n"
        }
        text += "END:VCALENDAR\r\n"
        let file = try CalendarFile.read(bytes: Array(text.utf8))
        let found = file.events.series.map { ($0.master.property("UID")?.textValue ?? "", $0.overrides.count) }
        #expect(found.count == expected.count)
        #expect(found.elementsEqual(expected) { $0.0 == $1.uid && $0.1 == $1.overrides })
        #expect(file.leftOut.count == 3_000 - expected.count)
    }

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
