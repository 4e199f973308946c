/// A moment at which a time zone's offset from UTC or daylight-saving flag changes.
public struct ZoneTransition: Hashable, Sendable {
    /// The instant of the change.
    public let instant: Instant
    /// Seconds east of UTC just before the change.
    public let offsetBefore: Int32
    /// Seconds east of UTC from the change on.
    public let offsetAfter: Int32
    /// Whether daylight-saving time is in force from the change on.
    public let isDaylightSavingAfter: Bool

    /// A transition from its parts.
    public init(instant: Instant, offsetBefore: Int32, offsetAfter: Int32, isDaylightSavingAfter: Bool) {
        self.instant = instant
        self.offsetBefore = offsetBefore
        self.offsetAfter = offsetAfter
        self.isDaylightSavingAfter = isDaylightSavingAfter
    }

    /// The wall-clock time at which the change happens, read on the clock before it
    /// (America/New_York's spring change happens at 02:00 standard time).
    public var localBefore: LocalDateTime? {
        LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offsetBefore))
    }

    /// The lowest wall-clock second that this change affects: the start of a gap (clocks
    /// forward) or of the repeated hour (clocks back), as wall seconds since 1970.
    @inlinable var lowWallSeconds: Int64 { instant.secondsSinceEpoch + Int64(min(offsetBefore, offsetAfter)) }
    /// The first wall-clock second that is unambiguous again after this change.
    @inlinable var highWallSeconds: Int64 { instant.secondsSinceEpoch + Int64(max(offsetBefore, offsetAfter)) }
}
