import CivilTime

/// A DATE or DATE-TIME value (RFC 5545 §3.3.4, §3.3.5) in one of its four forms.
public enum CalendarDateTime: Hashable, Sendable {
    /// A whole day, written `VALUE=DATE:20260322`.
    case date(LocalDate)
    /// Form 1, floating: the same wall-clock time wherever the reader is (`20260322T100000`).
    case floating(LocalDateTime)
    /// Form 2, UTC (`20260322T030000Z`).
    case utc(LocalDateTime)
    /// Form 3, local time in a named zone (`TZID=Asia/Jakarta:20260322T100000`).
    case zoned(LocalDateTime, tzid: String)

    /// The calendar date of the value, on its own wall clock.
    public var localDate: LocalDate {
        switch self {
        case .date(let date): date
        case .floating(let value), .utc(let value), .zoned(let value, _): value.date
        }
    }

    /// Whether this is a whole-day `DATE` value.
    public var isDate: Bool {
        if case .date = self { return true }
        return false
    }
}
