/// A round once its events are serialised (``RoundSerialiser``): which feeds it belongs in,
/// whether a feed of it may be `METHOD:PUBLISH`, and which of the shared events are its own.
struct SerialisedRound: Sendable {
    /// The series' id.
    let seriesID: String
    /// Partner countries and the host venue's country, without repeats.
    let countries: [String]
    /// Delegates and the organizer, without repeats.
    let people: [String]
    /// Whether every event has an `ORGANIZER` (so a feed of them may be `METHOD:PUBLISH`).
    let hasOrganizer: Bool
    /// The `UID`s of the round's events (itself, then its milestones).
    let uids: [String]
    /// The round's events (itself, then its milestones) as numbers of the shared events, or
    /// why they could not be written.
    var events: Result<Range<Int>, RoundWriteFailure>
}

/// Why a round's events could not be serialised: the writer's reason.
struct RoundWriteFailure: Error {
    let reason: String
}
