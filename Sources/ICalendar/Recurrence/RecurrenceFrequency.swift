/// The `FREQ` rule part of a recurrence rule (RFC 5545 §3.3.10): the length of one period.
///
/// Cases are ordered from the shortest period to the longest, so `.hourly < .daily`.
public enum RecurrenceFrequency: Int, CaseIterable, Comparable, Hashable, Sendable {
    case secondly, minutely, hourly, daily, weekly, monthly, yearly

    /// The RFC 5545 spelling (`DAILY`).
    public var icalendarName: String {
        switch self {
        case .secondly: "SECONDLY"
        case .minutely: "MINUTELY"
        case .hourly: "HOURLY"
        case .daily: "DAILY"
        case .weekly: "WEEKLY"
        case .monthly: "MONTHLY"
        case .yearly: "YEARLY"
        }
    }

    /// Reads an RFC 5545 spelling, in any letter case.
    public init?(icalendarName name: some StringProtocol) {
        let upper = name.uppercased()
        guard let value = Self.allCases.first(where: { $0.icalendarName == upper }) else { return nil }
        self = value
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
