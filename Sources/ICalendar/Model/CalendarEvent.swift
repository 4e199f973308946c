import CivilTime

/// A `VEVENT` (RFC 5545 §3.6.1) with the properties Parley writes, as a value.
///
/// ``component`` turns it into the generic tree in a fixed property order (UID, DTSTAMP,
/// DTSTART, DTEND or DURATION, RRULE, SUMMARY, …), so the same event always gives the same bytes.
public struct CalendarEvent: Hashable, Sendable {
    /// `STATUS` of an event (§3.8.1.11).
    public enum Status: String, Hashable, Sendable {
        case tentative = "TENTATIVE"
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// `UID` (§3.8.4.7): globally unique and stable across runs (Parley derives it from
    /// series id and round number).
    public var uid: String
    /// `DTSTAMP` (§3.8.7.2): when this copy of the event was made; written in UTC.
    public var timestamp: Instant
    /// `DTSTART` (§3.8.2.4).
    public var start: CalendarDateTime
    /// `DTEND` (§3.8.2.2), exclusive; for a whole-day event the day after the last day.
    public var end: CalendarDateTime?
    /// `DURATION` (§3.8.2.5), written only when ``end`` is `nil`.
    public var duration: CalendarDuration?
    /// `RRULE` (§3.8.5.3) in its wire form (`FREQ=YEARLY;BYMONTH=3`), written as given.
    public var recurrenceRule: String?
    /// `SUMMARY` (§3.8.1.12).
    public var summary: String?
    /// `DESCRIPTION` (§3.8.1.5).
    public var description: String?
    /// `LOCATION` (§3.8.1.7).
    public var location: String?
    /// `CATEGORIES` (§3.8.1.2).
    public var categories: [String]
    /// `STATUS` (§3.8.1.11).
    public var status: Status?
    /// `SEQUENCE` (§3.8.7.4): bumped each time the event moves.
    public var sequence: Int?
    /// `ORGANIZER` (§3.8.4.3).
    public var organizer: CalendarAddress?
    /// `ATTENDEE`s (§3.8.4.1), in order.
    public var attendees: [CalendarAddress]
    /// Any other properties (`URL`, `X-…`), written after the typed ones, in order.
    public var otherProperties: [CalendarProperty]
    /// `VALARM`s (§3.6.6), in order.
    public var alarms: [CalendarAlarm]

    /// An event from its parts. Inlinable, so a caller building many events constructs each
    /// in place instead of copying sixteen arguments through a call.
    @inlinable
    public init(
        uid: String, timestamp: Instant, start: CalendarDateTime, end: CalendarDateTime? = nil,
        duration: CalendarDuration? = nil, recurrenceRule: String? = nil, summary: String? = nil,
        description: String? = nil, location: String? = nil, categories: [String] = [], status: Status? = nil,
        sequence: Int? = nil, organizer: CalendarAddress? = nil, attendees: [CalendarAddress] = [],
        otherProperties: [CalendarProperty] = [], alarms: [CalendarAlarm] = []
    ) {
        self.uid = uid
        self.timestamp = timestamp
        self.start = start
        self.end = end
        self.duration = duration
        self.recurrenceRule = recurrenceRule
        self.summary = summary
        self.description = description
        self.location = location
        self.categories = categories
        self.status = status
        self.sequence = sequence
        self.organizer = organizer
        self.attendees = attendees
        self.otherProperties = otherProperties
        self.alarms = alarms
    }

    /// The event as a generic `VEVENT` component.
    public var component: CalendarComponent { genericComponent }

    /// The properties of ``component`` named in `names` (uppercase), in its order, without
    /// building the others.
    public func properties(named names: Set<String>) -> [CalendarProperty] {
        var properties: [CalendarProperty] = []
        forEachProperty { property in
            let name: String
            switch property {
            case .raw(let typed, _), .text(let typed, _), .textList(let typed, _), .dateTime(let typed, _), .utc(let typed, _),
                .integer(let typed, _), .duration(let typed, _, _), .address(let typed, _):
                name = typed.description
            case .attendee: name = "ATTENDEE"
            case .property(let generic): name = generic.name
            }
            if names.contains(name) { properties.append(property.property) }
        }
        return properties
    }
}

extension CalendarEvent: TypedComponent {
    static var componentName: StaticString { "VEVENT" }
    var typedComponents: [CalendarAlarm] { alarms }

    @inline(__always)
    func forEachProperty<Failure: Error>(_ body: (TypedProperty) throws(Failure) -> Void) throws(Failure) {
        try body(.text("UID", uid))
        try body(.utc("DTSTAMP", timestamp))
        try body(.dateTime("DTSTART", start))
        if let end {
            try body(.dateTime("DTEND", end))
        } else if let duration {
            try body(.duration("DURATION", duration, []))
        }
        if let recurrenceRule { try body(.raw("RRULE", recurrenceRule)) }
        if let sequence { try body(.integer("SEQUENCE", sequence)) }
        if let status { try body(.raw("STATUS", status.rawValue)) }
        if let summary { try body(.text("SUMMARY", summary)) }
        if let location { try body(.text("LOCATION", location)) }
        if let description { try body(.text("DESCRIPTION", description)) }
        if !categories.isEmpty { try body(.textList("CATEGORIES", categories)) }
        if let organizer { try body(.address("ORGANIZER", organizer)) }
        for attendee in attendees { try body(.attendee(attendee)) }
        for property in otherProperties { try body(.property(property)) }
    }
}
