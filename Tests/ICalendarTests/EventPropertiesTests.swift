import CivilTime
import Testing

@testable import ICalendar

/// `CalendarEvent.properties(named:)`, which converts only the named properties, against the
/// whole generic component (`component`) filtered by the same names: the same properties in the
/// same order, for events with every kind of property.
struct EventPropertiesTests {
    static let full: CalendarEvent = {
        let start = LocalDateTime(year: 2026, month: 3, day: 10, hour: 9) ?? LocalDateTime(date: .minimum, time: .midnight)
        return CalendarEvent(
            uid: "full@parley", timestamp: Instant(secondsSinceEpoch: 1_767_225_600), start: .zoned(start, tzid: "Asia/Jakarta"),
            duration: CalendarDuration(hours: 8), recurrenceRule: "FREQ=DAILY;COUNT=2", summary: "Round, 3; of 4",
            description: "Two days", location: "Jakarta", categories: ["A", "B,C"], status: .cancelled, sequence: 2,
            organizer: SharedEventsTests.short, attendees: [SharedEventsTests.long, SharedEventsTests.short],
            otherProperties: [CalendarProperty(name: "X-PARLEY-ROUND", value: "3"), CalendarProperty(name: "LOCATION", value: "also")],
            alarms: [.display(before: CalendarDuration(minutes: 90), description: "R")])
    }()

    static let nameSets: [Set<String>] = [
        ["DTSTART", "DTEND", "RRULE", "STATUS", "LOCATION", "SUMMARY"], ["ATTENDEE", "ORGANIZER"], ["X-PARLEY-ROUND", "DURATION"],
        ["CATEGORIES", "SEQUENCE", "DTSTAMP", "UID", "DESCRIPTION"], [], ["VALARM", "TRIGGER", "dtstart"],
    ]

    @Test func givesWhatTheWholeComponentHolds() {
        let events = [Self.full] + SharedEventsTests.cases.flatMap(\.events)
        for event in events {
            let all = Set(event.component.properties.map(\.name))
            #expect(event.properties(named: all) == event.component.properties)
            for names in Self.nameSets {
                #expect(event.properties(named: names) == event.component.properties.filter { names.contains($0.name) }, "\(names)")
            }
        }
    }
}
