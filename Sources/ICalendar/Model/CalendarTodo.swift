import CivilTime

/// A `VTODO` (RFC 5545 §3.6.2) as a value: an action item such as "send the draft agenda".
public struct CalendarTodo: Hashable, Sendable {
    /// `STATUS` of a to-do (§3.8.1.11).
    public enum Status: String, Hashable, Sendable {
        case needsAction = "NEEDS-ACTION"
        case completed = "COMPLETED"
        case inProcess = "IN-PROCESS"
        case cancelled = "CANCELLED"
    }

    /// `UID` (§3.8.4.7).
    public var uid: String
    /// `DTSTAMP` (§3.8.7.2), written in UTC.
    public var timestamp: Instant
    /// `DTSTART` (§3.8.2.4).
    public var start: CalendarDateTime?
    /// `DUE` (§3.8.2.3).
    public var due: CalendarDateTime?
    /// `SUMMARY` (§3.8.1.12).
    public var summary: String?
    /// `DESCRIPTION` (§3.8.1.5).
    public var description: String?
    /// `PRIORITY` (§3.8.1.9): 1 highest … 9 lowest, 0 undefined.
    public var priority: Int?
    /// `STATUS` (§3.8.1.11).
    public var status: Status?
    /// Any other properties, written after the typed ones, in order.
    public var otherProperties: [CalendarProperty]
    /// `VALARM`s (§3.6.6), in order.
    public var alarms: [CalendarAlarm]

    /// A to-do from its parts.
    public init(
        uid: String, timestamp: Instant, start: CalendarDateTime? = nil, due: CalendarDateTime? = nil,
        summary: String? = nil, description: String? = nil, priority: Int? = nil, status: Status? = nil,
        otherProperties: [CalendarProperty] = [], alarms: [CalendarAlarm] = []
    ) {
        self.uid = uid
        self.timestamp = timestamp
        self.start = start
        self.due = due
        self.summary = summary
        self.description = description
        self.priority = priority
        self.status = status
        self.otherProperties = otherProperties
        self.alarms = alarms
    }

    /// The to-do as a generic `VTODO` component.
    public var component: CalendarComponent { genericComponent }
}

extension CalendarTodo: TypedComponent {
    static var componentName: StaticString { "VTODO" }
    var typedComponents: [CalendarAlarm] { alarms }

    @inline(__always)
    func forEachProperty<Failure: Error>(_ body: (TypedProperty) throws(Failure) -> Void) throws(Failure) {
        try body(.text("UID", uid))
        try body(.utc("DTSTAMP", timestamp))
        if let start { try body(.dateTime("DTSTART", start)) }
        if let due { try body(.dateTime("DUE", due)) }
        if let priority { try body(.integer("PRIORITY", priority)) }
        if let status { try body(.raw("STATUS", status.rawValue)) }
        if let summary { try body(.text("SUMMARY", summary)) }
        if let description { try body(.text("DESCRIPTION", description)) }
        for property in otherProperties { try body(.property(property)) }
    }
}
