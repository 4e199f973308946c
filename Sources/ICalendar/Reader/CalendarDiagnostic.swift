/// A problem found while reading iCalendar text: where (1-based line, and column when known)
/// and what, as an error (the text cannot be read as meant) or a warning (it was read
/// tolerantly, as calendar clients do).
public struct CalendarDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable {
        case warning, error
    }

    /// Error or warning.
    public var severity: Severity
    /// The 1-based line in the file (of the physical line, before unfolding).
    public var line: Int
    /// The 1-based column on that line, when known.
    public var column: Int?
    /// What was found and what was expected.
    public var message: String

    /// A diagnostic from its parts.
    public init(_ severity: Severity, line: Int, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    /// `12:5: error: …`, the compiler-style form without a file name.
    public var description: String {
        "\(line):\(column.map { "\($0):" } ?? "") \(severity.rawValue): \(message)"
    }
}
