import CivilTime

/// The hours a country's officials, or one person, work on a working day:
/// `hours 08:00..16:00` under a `country` or a `person` (default 09:00–17:00).
public struct WorkingHours: Hashable, Sendable, CustomStringConvertible {
    /// The first minute of work.
    public let start: LocalTime
    /// The end of work (exclusive).
    public let end: LocalTime
    /// Where the `hours` line starts, or `nil` for the default.
    public let location: SourceLocation?

    /// Working hours from their parts.
    public init(start: LocalTime, end: LocalTime, location: SourceLocation?) {
        self.start = start
        self.end = end
        self.location = location
    }

    /// 09:00–17:00, used where the plan says nothing.
    public static let standard = WorkingHours(
        start: LocalTime(secondsSinceMidnight: 9 * 3600) ?? .midnight, end: LocalTime(secondsSinceMidnight: 17 * 3600) ?? .midnight,
        location: nil)

    /// Whether `from..<to` (seconds since midnight of one local day) lies inside the hours.
    public func contains(from: Int, to: Int) -> Bool {
        from >= Int(start.secondsSinceMidnight) && to <= Int(end.secondsSinceMidnight)
    }

    /// `09:00–17:00`.
    public var description: String { "\(RoundStart.shortTime(start))–\(RoundStart.shortTime(end))" }
}
