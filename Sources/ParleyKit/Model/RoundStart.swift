import CivilTime

/// When a round starts: a day (`on 2026-03-10`) or a wall-clock time in the venue's zone
/// (`on 2026-03-10T09:30`).
public enum RoundStart: Hashable, Sendable, CustomStringConvertible {
    /// All day, or at the series' session time.
    case date(LocalDate)
    /// At a wall-clock time in the venue's time zone.
    case dateTime(LocalDateTime)

    /// The first day.
    public var date: LocalDate {
        switch self {
        case .date(let date): date
        case .dateTime(let dateTime): dateTime.date
        }
    }

    /// The time of day, when given.
    public var time: LocalTime? {
        switch self {
        case .date: nil
        case .dateTime(let dateTime): dateTime.time
        }
    }

    /// `2026-03-10` or `2026-03-10T09:30` (seconds only when not zero).
    public var description: String {
        switch self {
        case .date(let date): ISO8601.format(date)
        case .dateTime(let dateTime):
            ISO8601.format(dateTime.date) + "T" + RoundStart.shortTime(dateTime.time)
        }
    }

    /// `09:30`, or `09:30:15` when the seconds are not zero.
    static func shortTime(_ time: LocalTime) -> String {
        let full = ISO8601.format(time)
        return time.second == 0 ? String(full.prefix(5)) : full
    }
}
