import CivilTime
import ICalendar

/// One stretch a person's imported calendar says they are busy.
public struct BusyEvent: Hashable, Sendable {
    /// When.
    public let range: InstantRange
    /// The event's `SUMMARY`, or `busy` when it has none.
    public let summary: String
    /// The `.ics` file and the line of the event (its override, for a moved instance).
    public let location: SourceLocation
    /// The start as the calendar's expansion gives it.
    public let start: RecurrenceInstance

    /// An event from its parts.
    public init(range: InstantRange, summary: String, location: SourceLocation, start: RecurrenceInstance) {
        self.range = range
        self.summary = summary
        self.location = location
        self.start = start
    }

    /// The start as the calendar wrote it: `2027-03-23T10:00:00+03:00`, or a date.
    public var shown: String { start.iso8601 }
}
