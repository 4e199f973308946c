/// Why a recurrence could not be expanded.
public struct RecurrenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable category.
    public enum Code: String, Hashable, Sendable {
        /// The rule found no occurrence within the search limit (see ``RecurrenceRuleIterator``).
        case searchLimitExceeded = "search-limit"
        /// A `BYHOUR`, `BYMINUTE` or `BYSECOND` value can never be reached with the rule's
        /// `INTERVAL` from `DTSTART` (`FREQ=HOURLY;INTERVAL=2;BYHOUR=3` starting at an even hour).
        case unreachable
        /// A window would need more occurrences counted before it than the limit allows.
        case windowTooFar = "window-too-far"
        /// The event's `DTSTART`, `RRULE`, `RDATE` or `EXDATE` is missing or unreadable.
        case invalidEvent = "invalid-event"
    }

    /// The category.
    public var code: Code
    /// A sentence for a person.
    public var message: String

    /// An error of `code` saying `message`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
