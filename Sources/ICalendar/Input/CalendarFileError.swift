/// A calendar file that could not be read at all, with every diagnostic found, located.
public struct CalendarFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the file gave no events.
    public enum Reason: Hashable, Sendable {
        /// The file could not be opened: `no such file`, `is a folder, not a file`, `cannot be read`.
        case unreadable(String)
        /// The text is not iCalendar (see the errors in ``CalendarFileError/diagnostics``).
        case malformed
        /// The text holds no `VCALENDAR`.
        case noCalendar
    }

    /// The file, when known.
    public let path: String?
    /// Why.
    public let reason: Reason
    /// Every diagnostic found, errors and warnings, in line order, each naming ``path``.
    public let diagnostics: [CalendarDiagnostic]

    /// An error from its parts.
    public init(path: String?, reason: Reason, diagnostics: [CalendarDiagnostic]) {
        self.path = path
        self.reason = reason
        self.diagnostics = diagnostics
    }

    /// The first error.
    public var first: CalendarDiagnostic? { diagnostics.first { $0.severity == .error } }

    /// Every error, one per line, as `path:line: error: message`.
    public var description: String {
        diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    }
}
