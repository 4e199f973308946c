/// A `VTIMEZONE` (RFC 5545 §3.6.5): a `TZID` and the observances that define its offsets.
///
/// Build one from the time-zone data with ``init(rules:covering:)``; Outlook shifts or
/// rejects events whose `TZID` has no `VTIMEZONE` in the same file.
public struct CalendarTimeZone: Hashable, Sendable {
    /// `TZID` (§3.8.3.1), as the events name it (`Asia/Jakarta`).
    public var identifier: String
    /// The `STANDARD` and `DAYLIGHT` observances, in onset order.
    public var observances: [TimeZoneObservance]

    /// A time zone from its parts.
    public init(identifier: String, observances: [TimeZoneObservance]) {
        self.identifier = identifier
        self.observances = observances
    }

    /// The time zone as a generic `VTIMEZONE` component.
    public var component: CalendarComponent {
        CalendarComponent(
            name: "VTIMEZONE",
            properties: [CalendarProperty(name: "TZID", value: CalendarText.escape(identifier))],
            components: observances.map(\.component)
        )
    }
}
