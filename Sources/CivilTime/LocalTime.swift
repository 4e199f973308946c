/// A time of day with no date and no time zone, to the second.
public struct LocalTime: Hashable, Comparable, Sendable {
    /// Seconds since midnight, 0…86399.
    public let secondsSinceMidnight: Int32

    /// Midnight, 00:00:00.
    public static let midnight = LocalTime(secondsSinceMidnight: Int32(0))

    /// A validated time, or `nil` outside 00:00:00…23:59:59.
    ///
    /// RFC 5545 allows a leap second (`60`); Parley, like most calendar clients, reads it as
    /// the last second of the minute, so pass 59 for it.
    @inlinable
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        secondsSinceMidnight = Int32(hour * 3600 + minute * 60 + second)
    }

    /// The time `seconds` after midnight, or `nil` outside 0…86399.
    @inlinable
    public init?(secondsSinceMidnight seconds: Int) {
        guard (0..<86_400).contains(seconds) else { return nil }
        secondsSinceMidnight = Int32(seconds)
    }

    @inlinable
    init(secondsSinceMidnight seconds: Int32) {
        secondsSinceMidnight = seconds
    }

    /// The hour, 0…23.
    @inlinable public var hour: Int { Int(secondsSinceMidnight) / 3600 }
    /// The minute, 0…59.
    @inlinable public var minute: Int { Int(secondsSinceMidnight) / 60 % 60 }
    /// The second, 0…59.
    @inlinable public var second: Int { Int(secondsSinceMidnight) % 60 }

    @inlinable
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}
