import CivilTime

/// A property of a typed component before it is encoded: the one description that both
/// ``CalendarComponent`` conversion and ``CalendarWriter``'s direct path read, so the two
/// always give the same bytes.
enum TypedProperty {
    /// A value already in wire form that needs no escaping (`STATUS:CONFIRMED`, `RRULE:…`).
    case raw(StaticString, String)
    /// A TEXT value, escaped on output (§3.3.11).
    case text(StaticString, String)
    /// A list of TEXT values (§3.8.1.2).
    case textList(StaticString, [String])
    /// A DATE or DATE-TIME value with its `VALUE`/`TZID` parameter.
    case dateTime(StaticString, CalendarDateTime)
    /// A UTC DATE-TIME of an instant.
    case utc(StaticString, Instant)
    /// An INTEGER.
    case integer(StaticString, Int)
    /// A DURATION with parameters.
    case duration(StaticString, CalendarDuration, [CalendarParameter])
    /// A CAL-ADDRESS with its parameters.
    case address(StaticString, CalendarAddress)
    /// An event's own `ATTENDEE` (a CAL-ADDRESS), whose lines the writer marks for ``SharedEvents``.
    case attendee(CalendarAddress)
    /// Any generic property, written as it is.
    case property(CalendarProperty)

    /// The generic property.
    var property: CalendarProperty {
        switch self {
        case .raw(let name, let value): CalendarProperty(name: name.description, value: value)
        case .text(let name, let text): .text(name.description, text)
        case .textList(let name, let texts): .textList(name.description, texts)
        case .dateTime(let name, let value): .dateTime(name.description, value)
        case .utc(let name, let instant): .utc(name.description, instant)
        case .integer(let name, let value): .integer(name.description, value)
        case .duration(let name, let duration, let parameters): .duration(name.description, duration, parameters: parameters)
        case .address(let name, let address): address.property(name.description)
        case .attendee(let address): address.property("ATTENDEE")
        case .property(let property): property
        }
    }
}

/// A typed component (`VEVENT`, `VTODO`, `VALARM`) that lists its properties in a fixed order.
protocol TypedComponent {
    /// The component name (`VEVENT`).
    static var componentName: StaticString { get }
    /// Calls `body` with each property in output order.
    func forEachProperty<Failure: Error>(_ body: (TypedProperty) throws(Failure) -> Void) throws(Failure)
    /// The nested typed components (alarms).
    var typedComponents: [CalendarAlarm] { get }
}

extension TypedComponent {
    /// The generic component built from ``forEachProperty(_:)``.
    var genericComponent: CalendarComponent {
        var properties: [CalendarProperty] = []
        forEachProperty { properties.append($0.property) }
        return CalendarComponent(
            name: Self.componentName.description, properties: properties, components: typedComponents.map(\.genericComponent))
    }
}
