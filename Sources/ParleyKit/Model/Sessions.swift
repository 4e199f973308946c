import CivilTime

/// The daily hours of a series' sessions: `sessions all-day` or `sessions 09:00..17:00`.
public enum Sessions: Hashable, Sendable {
    /// Whole days (the default).
    case allDay
    /// From `start` to `end` each day, wall-clock in the venue's zone.
    case timed(start: LocalTime, end: LocalTime)
}
