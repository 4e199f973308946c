import Foundation
import ICalendar
import Testing

/// ``CalendarComponent/isEquivalent(to:ignoring:)`` on what a real CalDAV server stored: an
/// object sent to Radicale 3.9.0 and the object Radicale gave back, its properties sorted by
/// name (`Fixtures/CalDAV`, captured with curl as its README says).
@Suite struct CalendarEquivalenceTests {
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "ics", subdirectory: "Fixtures/CalDAV"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func calendar(_ text: String) throws -> CalendarComponent {
        try #require(try CalendarReader().read(text).calendar)
    }

    @Test func reorderedPropertiesAreTheSameCalendar() throws {
        let sent = try Self.text("sent-to-radicale")
        let stored = try Self.text("stored-by-radicale")
        #expect(sent != stored)
        #expect(try Self.calendar(sent).isEquivalent(to: Self.calendar(stored)))
    }

    @Test func aChangedValueIsADifferenceUnlessIgnored() throws {
        let sent = try Self.calendar(try Self.text("sent-to-radicale"))
        let stored = try Self.text("stored-by-radicale")
        let moved = stored.replacingOccurrences(of: "DTSTART;VALUE=DATE:20210121", with: "DTSTART;VALUE=DATE:20210122")
        #expect(try !sent.isEquivalent(to: Self.calendar(moved)))
        let restamped = stored.replacingOccurrences(of: "DTSTAMP:20220317T000000Z", with: "DTSTAMP:20260101T000000Z")
        #expect(try !sent.isEquivalent(to: Self.calendar(restamped)))
        #expect(try sent.isEquivalent(to: Self.calendar(restamped), ignoring: ["DTSTAMP"]))
        let extra = stored.replacingOccurrences(of: "END:VEVENT", with: "X-EXTRA:1\r\nEND:VEVENT")
        #expect(try !sent.isEquivalent(to: Self.calendar(extra)))
    }
}
