import ICalendar

/// One calendar object resource for CalDAV (RFC 4791 §4.1): one event (a round or a
/// milestone) in its own `VCALENDAR`, with the `VTIMEZONE`s it needs, named after its `UID`.
public struct CalendarObject: Sendable {
    /// The event's `UID`.
    public let uid: String
    /// The object's calendar.
    let calendar: SharedCalendar

    /// The RFC 5545 text.
    public var bytes: [UInt8] { calendar.bytes }

    /// The resource name: the `UID` and `.ics` (the CalDAV layer percent-encodes it).
    public var resourceName: String { uid + ".ics" }
}
