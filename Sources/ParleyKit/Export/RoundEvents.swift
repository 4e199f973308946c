import CivilTime
import ICalendar

/// The calendar events of one recorded round: the round itself and one all-day event per
/// milestone, with who and which countries they concern (for ``FeedGrouping``) and what a
/// feed holding them needs (zones, years, whether they can be published).
struct RoundEvents: Sendable {
    /// The series' id.
    let seriesID: String
    /// The round's event, then its milestones' events.
    let events: [CalendarEvent]
    /// Partner countries and the host venue's country, without repeats.
    let countries: [String]
    /// Delegates and the organizer, without repeats.
    let people: [String]
    /// The round's last day: its last session, which a daily `RRULE` puts after the event's `DTEND`.
    let lastDay: LocalDate

    /// Whether every event has an `ORGANIZER` (so a feed of them may be `METHOD:PUBLISH`).
    var hasOrganizer: Bool { events.allSatisfy { $0.organizer != nil } }

    /// Whether any event lists `ATTENDEE`s (which `PUBLISH` forbids).
    var hasAttendees: Bool { events.contains { !$0.attendees.isEmpty } }

    /// The `TZID`s the events use.
    var timeZoneIdentifiers: [String] {
        var identifiers: [String] = []
        func add(_ value: CalendarDateTime?) {
            if case .zoned(_, let tzid)? = value, !identifiers.contains(tzid) { identifiers.append(tzid) }
        }
        for event in events {
            add(event.start)
            add(event.end)
        }
        return identifiers
    }

    /// The calendar years the events' dates fall in.
    var years: ClosedRange<Int>? {
        var low = Int.max
        var high = Int.min
        func add(_ value: CalendarDateTime?) {
            guard let year = value?.localDate.year else { return }
            low = min(low, year)
            high = max(high, year)
        }
        for event in events {
            add(event.start)
            add(event.end)
        }
        add(.date(lastDay))
        return low <= high ? low...high : nil
    }
}
