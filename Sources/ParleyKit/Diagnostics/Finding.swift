import CivilTime

/// One thing `parley check` reports: a malformed input or a broken rule, with where it was
/// found, where the other side of it was declared, and how to fix it when a fix is known.
///
/// Findings are data (as in swift-syntax's diagnostics): reporters turn them into text,
/// JSON, GitHub annotations or SARIF without parsing messages.
///
/// A finding is a value; its parts live in one shared, immutable box, so that a copy costs
/// one reference (a dense plan's check gathers, filters and orders a hundred thousand).
public struct Finding: Hashable, Sendable {
    /// The parts of a finding, never changed once made.
    private final class Parts: Sendable {
        let severity: Severity
        let code: FindingCode
        let location: SourceLocation
        let text: any FindingText

        init(severity: Severity, code: FindingCode, location: SourceLocation, text: any FindingText) {
            self.severity = severity
            self.code = code
            self.location = location
            self.text = text
        }
    }

    /// A secondary location that explains the finding ("declared here", "previous round here").
    public struct Note: Hashable, Sendable {
        /// What is at ``location``.
        public let message: String
        /// Where it is.
        public let location: SourceLocation

        /// A note from its parts.
        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    /// A way out: a message and, for a round that should move, the date it should move to.
    public struct Suggestion: Hashable, Sendable {
        /// What to do, in words (`move round 3 to 2026-02-16`).
        public let message: String
        /// The date to move the round to, when there is one.
        public let date: LocalDate?

        /// A suggestion from its parts.
        public init(_ message: String, date: LocalDate? = nil) {
            self.message = message
            self.date = date
        }
    }

    private let parts: Parts

    /// Error, warning or note.
    public var severity: Severity { parts.severity }
    /// The stable code of the rule that found it (`input`, `cadence`, `blackout`, …).
    public var code: FindingCode { parts.code }
    /// The spot to fix.
    public var location: SourceLocation { parts.location }
    /// The words, written when read (see ``FindingText``).
    var text: any FindingText { parts.text }

    /// One sentence saying what is wrong, what was expected and what was found.
    ///
    /// Written on each read from the facts the rule kept; read it once per report.
    public var message: String { text.message }
    /// The other sides of the finding.
    public var notes: [Note] { text.notes }
    /// The fix, when one is known.
    public var suggestion: Suggestion? { text.suggestion }
    /// Where ``notes`` point, without writing their words.
    var noteLocations: [SourceLocation] { text.noteLocations }

    /// A finding from its parts.
    public init(
        _ severity: Severity, code: FindingCode, message: String, at location: SourceLocation,
        notes: [Note] = [], suggestion: Suggestion? = nil
    ) {
        self.init(severity, code: code, at: location, text: WrittenText(message: message, notes: notes, suggestion: suggestion))
    }

    /// A finding whose words `text` writes when they are read.
    init(_ severity: Severity, code: FindingCode, at location: SourceLocation, text: any FindingText) {
        parts = Parts(severity: severity, code: code, location: location, text: text)
    }

    /// The same finding with another severity (used by `--strict`).
    public func with(severity: Severity) -> Finding {
        Finding(severity, code: code, at: location, text: text)
    }

    /// The same finding with `suggestion` instead of its own.
    func with(suggestion: Suggestion) -> Finding {
        Finding(severity, code: code, at: location, text: SuggestedText(rest: text, suggestion: suggestion))
    }

    /// Orders findings by file, line, column, then code and message, so output is deterministic.
    ///
    /// ``inReportOrder(_:)`` sorts a whole list in this order faster.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }

    /// Findings are equal when they say the same thing at the same place.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.parts === rhs.parts { return true }
        return lhs.severity == rhs.severity && lhs.code == rhs.code && lhs.location == rhs.location && lhs.message == rhs.message
            && lhs.notes == rhs.notes && lhs.suggestion == rhs.suggestion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(code)
        hasher.combine(location)
        hasher.combine(message)
    }
}
