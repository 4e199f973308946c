import CivilTime

/// A `VCALENDAR` object (RFC 5545 §3.4, §3.6) as a value: its header, time zones, events and to-dos.
///
/// The header is always `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN` and, when set,
/// `METHOD` (`PUBLISH` for a published feed, RFC 5546 §3.2). Components are written time
/// zones first, then events, then to-dos, each in the order given.
///
/// ```swift
/// var calendar = CalendarDocument(productID: "-//Parley//Parley 1.0//EN", method: "PUBLISH")
/// calendar.events.append(CalendarEvent(uid: "id-ru-iis-1@parley", timestamp: stamp,
///     start: .zoned(start, tzid: "Asia/Jakarta"), end: .zoned(end, tzid: "Asia/Jakarta")))
/// try calendar.addTimeZones()          // one VTIMEZONE per TZID used
/// let bytes = try CalendarWriter.bytes(of: calendar)
/// ```
public struct CalendarDocument: Hashable, Sendable {
    /// `PRODID` (§3.7.3): who made the file, `-//Company//Product//EN`.
    public var productID: String
    /// `METHOD` (§3.7.2), e.g. `PUBLISH`; omitted when `nil`.
    public var method: String?
    /// Further calendar properties (`X-WR-CALNAME`, …), written after the header.
    public var otherProperties: [CalendarProperty]
    /// `VTIMEZONE`s, written first.
    public var timeZones: [CalendarTimeZone]
    /// `VEVENT`s.
    public var events: [CalendarEvent]
    /// `VTODO`s.
    public var todos: [CalendarTodo]

    /// A calendar from its parts.
    public init(
        productID: String, method: String? = nil, otherProperties: [CalendarProperty] = [],
        timeZones: [CalendarTimeZone] = [], events: [CalendarEvent] = [], todos: [CalendarTodo] = []
    ) {
        self.productID = productID
        self.method = method
        self.otherProperties = otherProperties
        self.timeZones = timeZones
        self.events = events
        self.todos = todos
    }

    /// The header properties: `VERSION`, `PRODID`, `CALSCALE`, `METHOD`, then ``otherProperties``.
    public var headerProperties: [CalendarProperty] {
        var properties = [
            CalendarProperty(name: "VERSION", value: "2.0"),
            CalendarProperty(name: "PRODID", value: CalendarText.escape(productID)),
            CalendarProperty(name: "CALSCALE", value: "GREGORIAN"),
        ]
        if let method { properties.append(CalendarProperty(name: "METHOD", value: method)) }
        return properties + otherProperties
    }

    /// The calendar as a generic `VCALENDAR` component.
    public var component: CalendarComponent {
        CalendarComponent(
            name: "VCALENDAR", properties: headerProperties,
            components: timeZones.map(\.component) + events.map(\.component) + todos.map(\.component)
        )
    }

    /// Every `TZID` the events and to-dos name, sorted.
    ///
    /// - Complexity: O(*n* · *z*) for *n* components naming *z* distinct zones.
    public var timeZoneIdentifiers: [String] {
        var seen: [String] = []
        func include(_ value: CalendarDateTime?) {
            if case .zoned(_, let tzid)? = value, !seen.contains(tzid) { seen.append(tzid) }
        }
        for event in events {
            include(event.start)
            include(event.end)
        }
        for todo in todos {
            include(todo.start)
            include(todo.due)
        }
        return seen.sorted()
    }

    /// The calendar years that the events' and to-dos' dates fall in, or `nil` when there are none.
    public var yearSpan: ClosedRange<Int>? {
        var span = YearSpan()
        for event in events {
            span.include(event.start)
            span.include(event.end)
        }
        for todo in todos {
            span.include(todo.start)
            span.include(todo.due)
        }
        return span.years
    }

    /// Adds a generated `VTIMEZONE` (``CalendarTimeZone/init(rules:covering:)``) for every
    /// `TZID` used that has none yet, in `TZID` order, covering `years` or, by default,
    /// ``yearSpan``. Pass a wider span when recurring events run past their first year and
    /// the zone's rules may change meanwhile (a rule still in force is written without end
    /// anyway).
    ///
    /// - Throws: ``UnknownTimeZoneError`` (with suggestions) for a `TZID` the zone data lacks.
    public mutating func addTimeZones(covering years: ClosedRange<Int>? = nil) throws(UnknownTimeZoneError) {
        guard let span = years ?? yearSpan else { return }
        let present = Set(timeZones.map(\.identifier))
        for identifier in timeZoneIdentifiers where !present.contains(identifier) {
            timeZones.append(CalendarTimeZone(rules: try ZoneRules.named(identifier), covering: span))
        }
    }
}
