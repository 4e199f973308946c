/// Why a recurrence rule's text could not be read (RFC 5545 §3.3.10).
///
/// `part` names the offending rule part (`BYMONTHDAY`), `message` says what was expected and
/// what was found, and `column` is the 1-based position of the part in the rule text.
public struct RecurrenceRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule part at fault (`FREQ`, `BYDAY`, …), or the whole rule's first word when it has no name.
    public var part: String
    /// What was wrong and what was expected.
    public var message: String
    /// The 1-based character position of the part within the rule text.
    public var column: Int

    /// An error about `part` at `column`.
    public init(part: String, message: String, column: Int) {
        self.part = part
        self.message = message
        self.column = column
    }

    public var description: String { "RRULE column \(column): \(part): \(message)" }
}
