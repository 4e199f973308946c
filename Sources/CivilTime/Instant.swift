import Foundation

/// A point on the UTC time line, to the second, counted from 1970-01-01T00:00:00Z.
///
/// Leap seconds are not counted, as in POSIX time and RFC 5545.
public struct Instant: Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int64

    /// The instant `seconds` after the Unix epoch.
    @inlinable
    public init(secondsSinceEpoch seconds: Int64) {
        secondsSinceEpoch = seconds
    }

    /// The instant of a Foundation `Date`, rounded down to the second.
    public init(_ date: Date) {
        secondsSinceEpoch = Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// The Foundation `Date` of this instant.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    /// The UTC wall-clock date-time of this instant, or `nil` outside years 1…9999.
    public var utcDateTime: LocalDateTime? { LocalDateTime(secondsSinceEpoch: secondsSinceEpoch) }

    /// The instant `seconds` later.
    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    @inlinable
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}
