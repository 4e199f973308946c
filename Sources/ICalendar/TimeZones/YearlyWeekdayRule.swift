import CivilTime

/// The yearly recurrence of a time-zone change, as an observance's `RRULE` writes it
/// (RFC 5545 §3.3.10, §3.6.5): the *n*th or last given weekday of a month, every year,
/// optionally until an instant.
///
/// "Second Sunday of March" is `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`; "last Sunday of October
/// until 2010" is `FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20101030T230000Z`. `UNTIL` is
/// always in UTC in `STANDARD` and `DAYLIGHT` sub-components (§3.3.10).
public struct YearlyWeekdayRule: Hashable, Sendable {
    /// The month, 1…12.
    public var month: Int
    /// Which weekday of the month: 1…5 counts from the start, −1 is the last.
    public var ordinal: Int
    /// The weekday.
    public var weekday: Weekday
    /// The last onset, inclusive; `nil` when the rule does not end.
    public var until: Instant?

    /// A rule from its parts.
    public init(month: Int, ordinal: Int, weekday: Weekday, until: Instant? = nil) {
        self.month = month
        self.ordinal = ordinal
        self.weekday = weekday
        self.until = until
    }

    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU` (plus `;UNTIL=…Z` when the rule ends).
    public var wireValue: String {
        var text = "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(weekday.icalendarCode)"
        if let until, let utc = until.utcDateTime { text += ";UNTIL=" + WireDigits.dateTime(utc, utc: true) }
        return text
    }
}
