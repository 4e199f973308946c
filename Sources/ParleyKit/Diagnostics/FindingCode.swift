/// The stable code of a finding: the `[code]` in text output, `ruleId` in SARIF, the word
/// after `acknowledge` in a plan and the argument of `parley check --explain`.
///
/// Each rule of ``RuleCatalog`` owns one code; ``input`` is every malformed input. The raw
/// value is the spelling users see and write; it never changes once released.
public enum FindingCode: String, CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Anything malformed: syntax, unknown names, files that cannot be read.
    case input
    /// A round missing, early or late against the agreed rhythm.
    case cadence
    /// Rounds closer (or further apart) than allowed.
    case gap
    /// The host arrangement broken.
    case host
    /// A follow-up not within its window after the round it follows.
    case order
    /// A round a `within N days after` line obliges, not recorded before its window closed.
    case obligation
    /// A round over but still planned or proposed.
    case stale
    /// An agenda topic left uncovered for more rounds than a `cover` rule allows.
    case agenda
    /// A round in a declared blackout window.
    case blackout
    /// A public holiday or day off of a partner or host country.
    case holiday
    /// A weekend day of a partner or host country.
    case weekend
    /// An observance period (Ramadan, Lent) a rule avoids.
    case observance
    /// A person in two rounds that overlap, travel days included.
    case doubleBooked = "double-booked"
    /// Back-to-back rounds in different cities without the days to travel.
    case travel
    /// A venue used twice at once.
    case venue
    /// A person's imported calendar says busy.
    case busy
    /// A session outside the working hours of a party.
    case hours

    /// Codes order by their spelling, so reports sort the same as when codes were words.
    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The spelling (`double-booked`).
    public var description: String { rawValue }
}
