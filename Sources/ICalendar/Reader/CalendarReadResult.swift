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
}
