/// A round once its events are serialised: which feeds it belongs in, what a feed holding it
/// needs (zones, years, whether it may be published), and where its bytes lie in the shared
/// blocks (see ``RoundSerialiser``).
struct SerialisedRound: Sendable {
    /// Where one form of the round's events went.
    enum Form: Sendable {
        /// Not made: the round has no attendees to leave out, or no organizer to publish with.
        case none
        /// Serialised at this range of a block.
        case bytes(Feed.Run)
        /// Could not be written; the writer's reason.
        case failed(String)
    }

    /// The series' id.
    let seriesID: String
    /// Partner countries and the host venue's country, without repeats.
    let countries: [String]
    /// Delegates and the organizer, without repeats.
    let people: [String]
    /// How many `VEVENT`s the round makes (itself and its milestones).
    let eventCount: Int
    /// Whether every event has an `ORGANIZER` (so a feed of them may be `METHOD:PUBLISH`).
    let hasOrganizer: Bool
    /// Whether any event lists `ATTENDEE`s (which `PUBLISH` forbids).
    let hasAttendees: Bool
    /// The `TZID`s the events use.
    let zones: [String]
    /// The calendar years the events' dates fall in.
    let years: ClosedRange<Int>?
    /// The events as they are.
    var plain: Form
    /// The events without attendees, for `METHOD:PUBLISH` feeds; only when the round has an
    /// organizer and attendees (otherwise such feeds use ``plain``).
    var published: Form

    /// The form a feed uses: without attendees when it `publish`es.
    func form(publish: Bool) -> Form {
        publish && hasAttendees ? published : plain
    }
}
