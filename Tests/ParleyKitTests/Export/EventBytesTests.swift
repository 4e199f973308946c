import CivilTime
import ICalendar
import Testing
@testable import ParleyKit

/// Cutting `ATTENDEE`s out of serialised events must give exactly what the ICalendar writer
/// writes for the same events without attendees (the writer is the oracle here).
@Suite struct EventBytesTests {
    static let day = LocalDate(year: 2026, month: 3, day: 10) ?? .minimum

    static func event(attendees: [CalendarAddress], alarms: [CalendarAlarm] = [], other: [CalendarProperty] = []) -> CalendarEvent {
        CalendarEvent(
            uid: "s-round-1@parley", timestamp: Instant(secondsSinceEpoch: 0), start: .date(day), end: .date(day.adding(days: 1) ?? day),
            summary: "ATTENDEE:not a property; a summary", description: "line one\nATTENDEE;CN=x:mailto:x@example.org",
            organizer: .mailto("desk@example.org", commonName: "Desk"), attendees: attendees, otherProperties: other, alarms: alarms)
    }

    static let long = CalendarAddress.mailto(
        "deputy@example.go.id", commonName: "Deputy Minister for Political, Legal and Security Affairs of the Republic of Indonesia — Заместитель 🇮🇩",
        parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT")])
    static let short = CalendarAddress.mailto("a@example.org")

    static let cases: [(name: String, events: [CalendarEvent])] = [
        ("no attendees", [event(attendees: [])]),
        ("one short", [event(attendees: [short])]),
        ("folded over three lines, then a short one", [event(attendees: [long, short])]),
        ("email alarm keeps its attendees", [event(attendees: [long], alarms: [.email(before: CalendarDuration(days: 1), summary: "S", description: "D", to: [long, short])])]),
        ("ATTENDEES is another property", [event(attendees: [short], other: [CalendarProperty(name: "ATTENDEES", value: "x"), CalendarProperty(name: "X-ATTENDEE", value: "y")])]),
        ("several events", [event(attendees: [long]), event(attendees: [], alarms: [.display(before: CalendarDuration(minutes: 90), description: "R")]), event(attendees: [short, long])]),
    ]

    static func bytes(_ events: [CalendarEvent]) throws -> [UInt8] {
        var writer = CalendarWriter()
        for event in events { try writer.write(event) }
        return writer.bytes
    }

    @Test(arguments: cases)
    func cuttingAttendeesEqualsWritingWithout(_ item: (name: String, events: [CalendarEvent])) throws {
        let with = try Self.bytes(item.events)
        let without = try Self.bytes(item.events.map { var event = $0; event.attendees = []; return event })
        var cut: [UInt8] = Array("prefix".utf8)
        with.withUnsafeBytes { EventBytes.appendWithoutAttendees($0, to: &cut) }
        #expect(cut == Array("prefix".utf8) + without, "\(item.name)")
    }
}
