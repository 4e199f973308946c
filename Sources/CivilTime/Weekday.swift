/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Hashable, Comparable, Sendable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// The two-letter code RFC 5545 uses in `BYDAY` and `WKST` (`MO` … `SU`).
    public var icalendarCode: String {
        switch self {
        case .monday: "MO"
        case .tuesday: "TU"
        case .wednesday: "WE"
        case .thursday: "TH"
        case .friday: "FR"
        case .saturday: "SA"
        case .sunday: "SU"
        }
    }

    /// The lowercase three-letter English abbreviation (`mon` … `sun`).
    public var shortName: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    /// Reads an RFC 5545 two-letter code, in any letter case.
    public init?(icalendarCode code: some StringProtocol) {
        guard let day = Weekday.allCases.first(where: { $0.icalendarCode == code.uppercased() }) else {
            return nil
        }
        self = day
    }

    /// Reads an English name or its three-letter abbreviation, in any letter case.
    public init?(name: some StringProtocol) {
        let lower = name.lowercased()
        guard lower.count >= 3,
            let day = Weekday.allCases.first(where: { $0.fullName.hasPrefix(lower) })
        else { return nil }
        self = day
    }

    /// The lowercase English name (`monday` … `sunday`).
    public var fullName: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The weekday `count` days after this one (negative counts go back).
    public func advanced(by count: Int) -> Weekday {
        let index = ((rawValue - 1 + count) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// Days from `self` forward to the next (or same) `other`, in `0...6`.
    public func days(until other: Weekday) -> Int {
        ((other.rawValue - rawValue) % 7 + 7) % 7
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
