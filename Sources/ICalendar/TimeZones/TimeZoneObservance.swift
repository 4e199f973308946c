import CivilTime

/// A `STANDARD` or `DAYLIGHT` sub-component of a `VTIMEZONE` (RFC 5545 §3.6.5): from its
/// onset on, the zone's offset is ``offsetTo``.
///
/// ``start`` is the onset as a local time on the clock in force *before* the change
/// (``offsetFrom``). America/New_York's 2026 spring change at 02:00 EST is
/// `DTSTART:20260308T020000`, `TZOFFSETFROM:-0500`, `TZOFFSETTO:-0400`; its autumn change
/// back at 02:00 EDT is `DTSTART:20261101T020000`, `TZOFFSETFROM:-0400`, `TZOFFSETTO:-0500`.
public struct TimeZoneObservance: Hashable, Sendable {
    /// `STANDARD` or `DAYLIGHT`.
    public enum Kind: String, Hashable, Sendable {
        case standard = "STANDARD"
        case daylight = "DAYLIGHT"
    }

    /// Whether the offset is daylight-saving time.
    public var kind: Kind
    /// `DTSTART`: the first onset, local time in ``offsetFrom``.
    public var start: LocalDateTime
    /// `TZOFFSETFROM`: seconds east of UTC before the onset.
    public var offsetFrom: Int
    /// `TZOFFSETTO`: seconds east of UTC from the onset on.
    public var offsetTo: Int
    /// `TZNAME` (`EST`, `+07`), when known.
    public var name: String?
    /// `RRULE`: the later onsets, when the change recurs every year; `nil` for a one-off onset.
    public var rule: YearlyWeekdayRule?

    /// An observance from its parts.
    public init(kind: Kind, start: LocalDateTime, offsetFrom: Int, offsetTo: Int, name: String? = nil, rule: YearlyWeekdayRule? = nil) {
        self.kind = kind
        self.start = start
        self.offsetFrom = offsetFrom
        self.offsetTo = offsetTo
        self.name = name
        self.rule = rule
    }

    /// The observance as a generic `STANDARD`/`DAYLIGHT` component: `DTSTART`, `TZOFFSETFROM`,
    /// `TZOFFSETTO`, `RRULE`, `TZNAME`, in that order.
    public var component: CalendarComponent {
        var properties: [CalendarProperty] = [
            .dateTime("DTSTART", .floating(start)),
            .utcOffset("TZOFFSETFROM", offsetFrom),
            .utcOffset("TZOFFSETTO", offsetTo),
        ]
        if let rule { properties.append(CalendarProperty(name: "RRULE", value: rule.wireValue)) }
        if let name { properties.append(.text("TZNAME", name)) }
        return CalendarComponent(name: kind.rawValue, properties: properties)
    }
}
