/// What ``CalendarReader`` read: the top-level components (normally one `VCALENDAR`) and the
/// warnings about what it had to tolerate.
public struct CalendarReadResult: Hashable, Sendable {
    /// The top-level components, in order.
    public var components: [CalendarComponent]
    /// Warnings, in line order.
    public var warnings: [CalendarDiagnostic]

    /// A result from its parts.
    public init(components: [CalendarComponent], warnings: [CalendarDiagnostic]) {
        self.components = components
        self.warnings = warnings
    }

    /// The first `VCALENDAR`, if any.
    public var calendar: CalendarComponent? { components.first { $0.name == "VCALENDAR" } }

    /// Every `VCALENDAR` of the stream as one (RFC 5545 §3.4: `icalstream = 1*icalobject`, as
    /// Mozilla exports write): the first one's properties (and those of later ones it lacks,
    /// such as `X-WR-TIMEZONE`), and the components of all of them in order, the components of
    /// a `VCALENDAR` nested inside one read as its own; components with no `VCALENDAR` around
    /// them (a bare `VEVENT`, as libical reads one) as one calendar. `nil` when there is no
    /// component at all; `notes` has a warning at each further, nested or missing `VCALENDAR`.
    public func mergedCalendar(notes: inout [CalendarDiagnostic]) -> CalendarComponent? {
        var calendars = components.filter { $0.name == "VCALENDAR" }
        if calendars.isEmpty, let first = components.first {
            notes.append(
                CalendarDiagnostic(.warning, line: first.line ?? 0, "\(first.name) outside any VCALENDAR; read as a calendar of its own"))
            calendars = [CalendarComponent(name: "VCALENDAR", components: components, line: first.line)]
        }
        guard var merged = calendars.first else { return nil }
        merged.components = []
        var names = Set(merged.properties.map(\.name))
        for (index, calendar) in calendars.enumerated() {
            if index > 0 {
                notes.append(
                    CalendarDiagnostic(
                        .warning, line: calendar.line ?? 0,
                        "another VCALENDAR in the same file (RFC 5545 §3.4 allows several); its components are read too"))
                for property in calendar.properties where !names.contains(property.name) {
                    names.insert(property.name)
                    merged.properties.append(property)
                }
            }
            Self.lift(calendar.components, into: &merged.components, notes: &notes)
        }
        return merged
    }

    /// Appends `components`, replacing each nested `VCALENDAR` by its own components.
    private static func lift(_ components: [CalendarComponent], into result: inout [CalendarComponent], notes: inout [CalendarDiagnostic]) {
        for component in components {
            guard component.name == "VCALENDAR" else {
                result.append(component)
                continue
            }
            notes.append(
                CalendarDiagnostic(
                    .warning, line: component.line ?? 0, "a VCALENDAR inside a VCALENDAR; its components are read as the outer calendar's"))
            lift(component.components, into: &result, notes: &notes)
        }
    }
}
