/// The text could not be read: at least one error (or a limit was exceeded). Carries every
/// diagnostic found, errors and warnings, in line order.
public struct CalendarReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every diagnostic, in the order found.
    public var diagnostics: [CalendarDiagnostic]

    /// An error carrying `diagnostics`.
    public init(diagnostics: [CalendarDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The first error.
    public var first: CalendarDiagnostic? { diagnostics.first { $0.severity == .error } }

    public var description: String {
        diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    }
}
