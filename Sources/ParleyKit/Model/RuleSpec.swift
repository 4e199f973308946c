/// A rule a series carries, hard unless marked `soft`.
///
/// ```
/// gap at least 6 months
/// gap at most 18 months soft
/// tolerance 45 days
/// within 90 days after id-ru-iis
/// avoid holidays
/// avoid weekends soft
/// avoid observance ramadan soft
/// cover each topic every 2 rounds
/// cover certs every 3 rounds soft
/// ```
public struct RuleSpec: Hashable, Sendable {
    /// What the rule asks.
    public enum Kind: Hashable, Sendable {
        /// Consecutive rounds start at least this far apart.
        case gapAtLeast(Span)
        /// Consecutive rounds start at most this far apart.
        case gapAtMost(Span)
        /// How far (in days) a round may be early or late against the cadence.
        case tolerance(days: Int)
        /// Every round starts within this many days after the end of a round of another series.
        case within(days: Int, after: Reference)
        /// No round on a public holiday of a partner or host country (checked by calendar rules).
        case avoidHolidays
        /// No round on a partner's or host's weekend (checked by calendar rules).
        case avoidWeekends
        /// No round during a named observance such as `ramadan` (checked by calendar rules).
        case avoidObservance(String)
        /// Each topic (`topic == nil`) or one topic is covered at least once in every `rounds`
        /// consecutive rounds that take place (checked by the `agenda` rule).
        case cover(topic: Reference?, rounds: Int)
    }

    /// What the rule asks.
    public let kind: Kind
    /// `.error`, or `.warning` when marked `soft`.
    public let severity: Severity
    /// Where the line starts.
    public let location: SourceLocation

    /// A rule from its parts.
    public init(kind: Kind, severity: Severity, location: SourceLocation) {
        self.kind = kind
        self.severity = severity
        self.location = location
    }
}
