/// Why `parley next` cannot search at all (as opposed to searching and finding nothing,
/// which is a ``Proposal`` with no suggestions and an explanation).
public struct ScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of failure; the set can grow.
    public enum Code: String, Hashable, Sendable {
        /// The plan files are malformed; ``ScheduleError/findings`` holds the `input` findings.
        case invalidInput = "invalid-input"
        /// No series has the requested id.
        case unknownSeries = "unknown-series"
        /// The series records no round with the number `--round` asks to re-plan.
        case unknownRound = "unknown-round"
        /// The round `--round` asks to re-plan took place (`held`) or was cancelled.
        case notReplannable = "not-replannable"
        /// The requested range of start dates holds no window of the series' length.
        case emptyRange = "empty-range"
        /// The search would try more start dates than ``PlanLimits/searchDays``.
        case searchTooLarge = "search-too-large"
        /// The series' declaration could not be found in its file's syntax tree (to record a round).
        case notWritable = "not-writable"
    }

    /// The kind.
    public let code: Code
    /// What went wrong, in words (a caller adds how to change its own request).
    public let message: String
    /// The `input` findings, for ``Code/invalidInput``.
    public let findings: [Finding]
    /// The line the error is about (the series or the round), when there is one.
    public let location: SourceLocation?

    /// An error from its parts.
    public init(_ code: Code, _ message: String, findings: [Finding] = [], at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.findings = findings
        self.location = location
    }

    public var description: String { message }
}
