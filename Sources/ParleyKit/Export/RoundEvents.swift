import CivilTime
import ICalendar

/// The calendar events of one recorded round: the round itself and one all-day event per
/// milestone, with who and which countries they concern (for ``FeedGrouping``) and whether
/// a feed of them can be published.
struct RoundEvents: Sendable {
    /// The series' id.
    let seriesID: String
    /// The round's event, then its milestones' events.
    let events: [CalendarEvent]
    /// Partner countries and the host venue's country, without repeats.
    let countries: [String]
    /// Delegates and the organizer, without repeats.
    let people: [String]

    /// Whether every event has an `ORGANIZER` (so a feed of them may be `METHOD:PUBLISH`).
    var hasOrganizer: Bool { events.allSatisfy { $0.organizer != nil } }
}
