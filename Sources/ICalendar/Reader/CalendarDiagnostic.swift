/// A problem found while reading iCalendar text: where (the file when known, 1-based line, and
/// column when known) and what, as an error (the text cannot be read as meant) or a warning (it was read
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
    /// The file the text came from, when known (``CalendarFile`` sets it).
    public var file: String?

    /// A diagnostic from its parts.
    public init(_ severity: Severity, line: Int, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    /// This diagnostic placed in `file`.
    public func located(in file: String?) -> CalendarDiagnostic {
        var located = self
        located.file = file
        return located
    }

    /// `calendars/a.ics:12:5: error: …`, the compiler-style form (`12:5: error: …` without a file).
    public var description: String {
        "\(file.map { "\($0):" } ?? "")\(line):\(column.map { "\($0):" } ?? "") \(severity.rawValue): \(message)"
    }
}
