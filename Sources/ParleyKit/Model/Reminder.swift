/// A reminder a series' calendar events carry: `remind 1 day before`, `remind 90 minutes before`.
///
/// `parley ics` writes it as a `DISPLAY` `VALARM` (RFC 5545 §3.6.6) triggered that long before
/// each round starts.
public struct Reminder: Hashable, Sendable {
    /// How long before the start, in minutes (`remind 2 hours before` is 120).
    public let minutesBefore: Int
    /// Where the line starts.
    public let location: SourceLocation

    /// A reminder from its parts.
    public init(minutesBefore: Int, location: SourceLocation) {
        self.minutesBefore = minutesBefore
        self.location = location
    }
}
