/// A component (RFC 5545 §3.4, §3.6): `VCALENDAR`, `VEVENT`, `VTODO`, `VALARM`, `VTIMEZONE`,
/// `STANDARD`, `DAYLIGHT` or any `X-` or IANA-registered name, with its properties and
/// nested components in order.
public struct CalendarComponent: Hashable, Sendable {
    /// The component name, uppercased (`VEVENT`).
    public var name: String
    /// The properties, in order.
    public var properties: [CalendarProperty]
    /// The nested components, in order.
    public var components: [CalendarComponent]
    /// The 1-based line of the `BEGIN:` line, when read from a file.
    public var line: Int?

    /// A component from its parts; the name is uppercased.
    public init(name: String, properties: [CalendarProperty] = [], components: [CalendarComponent] = [], line: Int? = nil) {
        self.name = name.uppercasedName
        self.properties = properties
        self.components = components
        self.line = line
    }

    /// The first property with this name (case-insensitive), if any.
    public func property(_ name: String) -> CalendarProperty? {
        let upper = name.uppercasedName
        return properties.first { $0.name == upper }
    }

    /// Every property with this name (case-insensitive), in order.
    public func properties(named name: String) -> [CalendarProperty] {
        let upper = name.uppercasedName
        return properties.filter { $0.name == upper }
    }

    /// Every nested component with this name (case-insensitive), in order.
    public func components(named name: String) -> [CalendarComponent] {
        let upper = name.uppercasedName
        return components.filter { $0.name == upper }
    }
}
