import CivilTime

/// A stretch when a series' rhythm is suspended: `paused 2018-01-01..2026-12-31 "no public record"`.
///
/// The cadence rule does not expect rounds inside a pause, and measures the first round after it
/// from the pause's last day instead of from the round before it.
public struct Pause: Hashable, Sendable {
    /// The first day.
    public let from: LocalDate
    /// The last day.
    public let through: LocalDate
    /// Why, when given.
    public let reason: String?
    /// Where the line starts.
    public let location: SourceLocation

    /// A pause from its parts.
    public init(from: LocalDate, through: LocalDate, reason: String?, location: SourceLocation) {
        self.from = from
        self.through = through
        self.reason = reason
        self.location = location
    }
}
