import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// Calendars assembled from shared events must be exactly what the writer gives for the whole
/// `CalendarDocument` of the same events (the writer, written one document at a time, is the
/// oracle), with and without attendees, whatever the events are shared among.
@Suite struct SharedEventsTests {
    static let day = LocalDate(year: 2026, month: 3, day: 10) ?? .minimum

    static func event(
        _ number: Int, attendees: [CalendarAddress], alarms: [CalendarAlarm] = [], other: [CalendarProperty] = [],
        zone: String? = nil, year: Int = 2026
    ) -> CalendarEvent {
        let date = LocalDate(year: year, month: 3, day: 10) ?? day
        let start: CalendarDateTime
        let end: CalendarDateTime
        if let zone, let from = LocalDateTime(year: year, month: 3, day: 10, hour: 9),
            let to = LocalDateTime(year: year, month: 3, day: 10, hour: 17)
        {
            start = .zoned(from, tzid: zone)
            end = .zoned(to, tzid: zone)
        } else {
            start = .date(date)
            end = .date(date.adding(days: 1) ?? date)
        }
        return CalendarEvent(
            uid: "s-round-\(number)@parley", timestamp: Instant(secondsSinceEpoch: 0), start: start, end: end,
            summary: "ATTENDEE:not a property; a summary", description: "line one\nATTENDEE;CN=x:mailto:x@example.org",
            organizer: .mailto("desk@example.org", commonName: "Desk"), attendees: attendees, otherProperties: other, alarms: alarms)
    }

    static let long = CalendarAddress.mailto(
        "deputy@example.go.id",
        commonName: "Deputy Minister for Political, Legal and Security Affairs of the Republic of Indonesia — Заместитель 🇮🇩",
        parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT")])
    static let short = CalendarAddress.mailto("a@example.org")

    static let cases: [(name: String, events: [CalendarEvent])] = [
        ("no attendees", [event(1, attendees: [])]),
        ("one short", [event(1, attendees: [short])]),
        ("folded over three lines, then a short one", [event(1, attendees: [long, short])]),
        (
            "email alarm keeps its attendees",
            [
                event(
                    1, attendees: [long],
                    alarms: [.email(before: CalendarDuration(days: 1), summary: "S", description: "D", to: [long, short])])
            ]
        ),
        (
            "ATTENDEES is another property",
            [
                event(
                    1, attendees: [short],
                    other: [CalendarProperty(name: "ATTENDEES", value: "x"), CalendarProperty(name: "X-ATTENDEE", value: "y")])
            ]
        ),
        (
            "several events",
            [
                event(1, attendees: [long]),
                event(2, attendees: [], alarms: [.display(before: CalendarDuration(minutes: 90), description: "R")]),
                event(3, attendees: [short, long]),
            ]
        ),
        (
            "zones and years",
            [
                event(1, attendees: [short], zone: "Europe/Moscow", year: 2011), event(2, attendees: [long], zone: "Asia/Jakarta"),
                event(3, attendees: [], zone: "Europe/Moscow", year: 2030),
            ]
        ),
    ]

    static let header = [CalendarProperty.text("X-WR-CALNAME", "Consultations"), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")]

    /// The whole document of `events`, written in one piece.
    static func whole(_ events: [CalendarEvent], method: String? = nil, withAttendees: Bool = true) throws -> [UInt8] {
        var document = CalendarDocument(
            productID: "-//Parley//test//EN", method: method, otherProperties: header,
            events: withAttendees
                ? events
                : events.map {
                    var event = $0
                    event.attendees = []
                    return event
                })
        try document.addTimeZones()
        return try CalendarWriter.bytes(of: document)
    }

    static func contents(_ events: [Range<Int>], method: String? = nil, withAttendees: Bool = true) -> SharedCalendar.Contents {
        SharedCalendar.Contents(
            productID: "-//Parley//test//EN", method: method, otherProperties: header, events: events, withAttendees: withAttendees)
    }

    @Test(arguments: cases)
    func aCalendarEqualsItsWholeDocument(_ item: (name: String, events: [CalendarEvent])) throws {
        var writer = SharedEventsWriter()
        let numbers = try writer.append(item.events)
        let shared = writer.finish()
        #expect(numbers == 0..<item.events.count)
        let made = shared.calendars([Self.contents([numbers]), Self.contents([numbers], method: "PUBLISH", withAttendees: false)])
        let with = try made[0].get()
        let without = try made[1].get()
        #expect(with.bytes == (try Self.whole(item.events)), "\(item.name)")
        #expect(without.bytes == (try Self.whole(item.events, method: "PUBLISH", withAttendees: false)), "\(item.name)")
        #expect(with.byteCount == with.bytes.count)
        #expect(without.byteCount == without.bytes.count)
        #expect(with.eventCount == item.events.count)
    }

    /// Events written by several writers, joined, shared by calendars of different subsets.
    @Test func joinedPartsServeEverySubset() throws {
        let zones = ["Europe/Moscow", "Asia/Jakarta", "Australia/Sydney"]
        let events = (0..<40).map { number in
            Self.event(
                number, attendees: number % 3 == 0 ? [] : [Self.long, Self.short], zone: number % 4 == 0 ? nil : zones[number % 3],
                year: 2000 + number)
        }
        var parts: [SharedEvents] = []
        var numbers: [Range<Int>] = []
        for part in stride(from: 0, to: events.count, by: 15) {
            var writer = SharedEventsWriter()
            let base = numbers.last?.upperBound ?? 0
            for index in part..<min(part + 15, events.count) {
                let local = try writer.append([events[index]])
                numbers.append((local.lowerBound + base)..<(local.upperBound + base))
            }
            parts.append(writer.finish())
        }
        let shared = SharedEvents(joining: parts)
        #expect(shared.count == events.count)
        let subsets: [[Int]] = [Array(0..<40), Array(stride(from: 1, to: 40, by: 3)), [39, 2], [5], []]
        for withAttendees in [true, false] {
            let made = shared.calendars(subsets.map { subset in Self.contents(subset.map { numbers[$0] }, withAttendees: withAttendees) })
            for (subset, result) in zip(subsets, made) {
                let calendar = try result.get()
                #expect(calendar.bytes == (try Self.whole(subset.map { events[$0] }, withAttendees: withAttendees)), "\(subset)")
                #expect(calendar.hasBytes(calendar.bytes))
            }
        }
    }

    /// A batch with an event that cannot be written is kept not at all; the writer goes on.
    @Test func aFailedBatchLeavesNoTrace() throws {
        var bad = Self.event(2, attendees: [Self.short])
        bad.description = "bell\u{7}"
        var writer = SharedEventsWriter()
        let first = try writer.append([Self.event(1, attendees: [Self.short])])
        let error = try #require(throws: CalendarWriteError.self) { try writer.append([Self.event(3, attendees: []), bad]) }
        #expect(error.path == ["VEVENT", "DESCRIPTION"])
        let last = try writer.append([Self.event(4, attendees: [Self.long])])
        #expect(first == 0..<1)
        #expect(last == 1..<2)
        let shared = writer.finish()
        let calendar = try shared.calendars([Self.contents([first, last])])[0].get()
        #expect(calendar.bytes == (try Self.whole([Self.event(1, attendees: [Self.short]), Self.event(4, attendees: [Self.long])])))
    }

    @Test func anUnknownZoneIsAnError() throws {
        var writer = SharedEventsWriter()
        let numbers = try writer.append([Self.event(1, attendees: [], zone: "Mars/Olympus_Mons")])
        let result = writer.finish().calendars([Self.contents([numbers])])[0]
        #expect(throws: SharedCalendarError.self) { try result.get() }
    }

    /// Files hold the calendar's bytes, whether its pieces are large (written as they are)
    /// or small (events without attendees, gathered first).
    @Test(arguments: [true, false])
    func writtenFilesHoldTheBytes(withAttendees: Bool) throws {
        var writer = SharedEventsWriter()
        let events = (0..<4000).map { Self.event($0, attendees: [Self.long, Self.short], zone: "Asia/Jakarta") }
        let numbers = try events.map { event throws(CalendarWriteError) in try writer.append([event]) }
        let shared = writer.finish()
        #expect(shared.blocks.count >= 2, "the events span several blocks")
        let calendar = try shared.calendars([Self.contents(numbers, withAttendees: withAttendees)])[0].get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feed.ics").path
        try calendar.write(toFile: path)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try Self.whole(events, withAttendees: withAttendees)))
    }

    @Test func comparingFindsEveryDifference() throws {
        var writer = SharedEventsWriter()
        let numbers = try writer.append(Self.cases[5].events)
        let calendar = try writer.finish().calendars([Self.contents([numbers], withAttendees: false)])[0].get()
        var bytes = calendar.bytes
        #expect(calendar.hasBytes(bytes))
        #expect(calendar.hasBytes(Data(bytes)))
        #expect(!calendar.hasBytes(Array(bytes.dropLast())))
        #expect(!calendar.hasBytes(bytes + [10]))
        for position in [0, bytes.count / 2, bytes.count - 1] {
            bytes[position] ^= 1
            #expect(!calendar.hasBytes(bytes), "a change at octet \(position)")
            bytes[position] ^= 1
        }
    }
}
