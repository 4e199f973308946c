/// A date and a time of day with no time zone ("wall-clock time", RFC 5545's floating form).
///
/// Pair it with a ``ZoneRules`` to find the ``Instant`` it names in a zone.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// The date.
    public let date: LocalDate
    /// The time of day.
    public let time: LocalTime

    /// A date-time from its two halves.
    @inlinable
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// A validated date-time, or `nil` when any field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard let date = LocalDate(year: year, month: month, day: day),
            let time = LocalTime(hour: hour, minute: minute, second: second)
        else { return nil }
        self.init(date: date, time: time)
    }

    /// The date-time `seconds` after 1970-01-01T00:00:00 on the same wall clock, or `nil`
    /// outside years 1…9999.
    @inlinable
    public init?(secondsSinceEpoch seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        guard let date = LocalDate(daysSinceEpoch: Int(days)),
            let time = LocalTime(secondsSinceMidnight: Int(seconds - days * 86_400))
        else { return nil }
        self.init(date: date, time: time)
    }

    /// Wall-clock seconds since 1970-01-01T00:00:00, counting every day as 86,400 seconds.
    ///
    /// This is the number a zone's offset is added to or taken from; it is not an instant.
    @inlinable public var secondsSinceEpoch: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(time.secondsSinceMidnight)
    }

    /// The date-time `seconds` later on the same wall clock, or `nil` outside years 1…9999.
    /// Within the same day (an event's end, most often) only the time changes: the date is
    /// kept, not worked out again from a count of days.
    @inlinable
    public func adding(seconds: Int64) -> LocalDateTime? {
        let sameDay = Int64(time.secondsSinceMidnight) + seconds
        if sameDay >= 0, sameDay < 86_400, let time = LocalTime(secondsSinceMidnight: Int(sameDay)) {
            return LocalDateTime(date: date, time: time)
        }
        return LocalDateTime(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    @inlinable
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}
