import CivilTime

/// Days no round may touch: `blackout 2024-02-14 for ID "Indonesian general election"`.
public struct Blackout: Hashable, Sendable {
    /// The first day.
    public let from: LocalDate
    /// The last day (equal to ``from`` for a single date).
    public let through: LocalDate
    /// The country it applies to (rounds of series it is a partner of, or hosted in it);
    /// `nil` for everyone.
    public let country: Reference?
    /// Why, when given.
    public let reason: String?
    /// `.error`, or `.warning` when marked `soft`.
    public let severity: Severity
    /// Where the declaration starts.
    public let location: SourceLocation

    /// A blackout from its parts.
    public init(from: LocalDate, through: LocalDate, country: Reference?, reason: String?, severity: Severity, location: SourceLocation) {
        self.from = from
        self.through = through
        self.country = country
        self.reason = reason
        self.severity = severity
        self.location = location
    }

    /// Whether the days `first...last` touch the blackout.
    public func overlaps(_ first: LocalDate, _ last: LocalDate) -> Bool {
        first <= through && last >= from
    }
}
