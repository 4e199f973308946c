import CivilTime

/// A half-open stretch of absolute time, `[start, end)` in seconds since 1970-01-01T00:00Z.
///
/// Rounds in different zones are compared as instants, never by their local dates: a round
/// on 2026-03-11 in Auckland (UTC+13) and one on 2026-03-10 in Honolulu (UTC−10) share 23
/// hours although their dates differ, and a round on 2026-03-10 in both shares only one.
public struct InstantRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first second.
    public let start: Int64
    /// The first second after the end.
    public let end: Int64

    /// A range from its ends (an empty range when `end < start`).
    public init(start: Int64, end: Int64) {
        self.start = start
        self.end = max(start, end)
    }

    /// How long it is, in seconds.
    public var length: Int64 { end - start }

    /// Whether the two share a positive stretch of time (touching ends do not overlap).
    public func overlaps(_ other: InstantRange) -> Bool { start < other.end && other.start < end }

    /// The range widened by `before` seconds before and `after` seconds after.
    public func widened(before: Int64, after: Int64) -> InstantRange { InstantRange(start: start - before, end: end + after) }

    /// The local days of `first...last` in `zone`, from midnight of the first to midnight after the last.
    ///
    /// Across a DST change the range is 23 or 25 hours per changing day, as the wall clock says.
    public static func days(_ first: LocalDate, _ last: LocalDate, in zone: ZoneRules) -> InstantRange {
        let end = last.adding(days: 1) ?? last
        return InstantRange(
            start: zone.instant(for: LocalDateTime(date: first, time: .midnight)).secondsSinceEpoch,
            end: zone.instant(for: LocalDateTime(date: end, time: .midnight)).secondsSinceEpoch)
    }

    public static func < (lhs: InstantRange, rhs: InstantRange) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }

    /// `2026-03-10T02:00:00Z..2026-03-11T02:00:00Z`.
    public var description: String {
        "\(ISO8601.format(Instant(secondsSinceEpoch: start), in: .utc))..\(ISO8601.format(Instant(secondsSinceEpoch: end), in: .utc))"
    }
}
