import CivilTime

/// One entry of a `BYDAY` rule part (RFC 5545 §3.3.10): a weekday with an optional ordinal.
///
/// `MO` is every Monday of the period; `2TU` the second Tuesday; `-1FR` the last Friday.
/// Ordinals count within the month for `FREQ=MONTHLY` (and `FREQ=YEARLY` with `BYMONTH`),
/// within the year for `FREQ=YEARLY` otherwise.
public struct RecurrenceWeekday: Hashable, Sendable {
    /// The day of the week.
    public var weekday: Weekday
    /// The ordinal, −53…−1 or 1…53, or `nil` for every such weekday of the period.
    public var ordinal: Int?

    /// A `BYDAY` entry; pass an ordinal for "the n-th" (negative counts from the end).
    public init(_ weekday: Weekday, ordinal: Int? = nil) {
        self.weekday = weekday
        self.ordinal = ordinal
    }

    /// The wire form: `MO`, `+2TU` is written `2TU`, `-1FR`.
    public var icalendarValue: String {
        guard let ordinal else { return weekday.icalendarCode }
        return "\(ordinal)\(weekday.icalendarCode)"
    }
}
