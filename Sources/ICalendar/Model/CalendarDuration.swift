/// A DURATION value (RFC 5545 §3.3.6): a signed length of nominal days and exact seconds.
///
/// Days are nominal (a day across a daylight-saving change is 23 or 25 hours of real time);
/// hours, minutes and seconds are exact. Whole weeks with no other part are written as
/// weeks: `P2W`; otherwise days and time: `P1DT2H30M`, `-PT15M`, `PT0S`.
public struct CalendarDuration: Hashable, Sendable {
    /// Whether the duration points backwards (an alarm 15 minutes before: `-PT15M`).
    public var isNegative: Bool
    /// Nominal days (weeks count as seven days).
    public var days: Int
    /// Exact seconds beyond the days.
    public var seconds: Int

    /// A duration from its parts; `days` and `seconds` are magnitudes (negative ones are
    /// taken as their absolute value), the sign is `isNegative`.
    public init(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, isNegative: Bool = false) {
        self.isNegative = isNegative
        self.days = abs(days)
        self.seconds = abs(hours * 3600 + minutes * 60 + seconds)
    }

    /// The duration as written on the wire: `P2W`, `P1DT2H`, `-PT15M`, `PT0S`.
    public var wireValue: String {
        var text = isNegative ? "-P" : "P"
        if seconds == 0 && days > 0 && days % 7 == 0 { return text + "\(days / 7)W" }
        if days > 0 { text += "\(days)D" }
        if seconds > 0 || days == 0 {
            text += "T"
            let hours = seconds / 3600
            let minutes = seconds / 60 % 60
            let rest = seconds % 60
            if hours > 0 { text += "\(hours)H" }
            if minutes > 0 || (hours > 0 && rest > 0) { text += "\(minutes)M" }
            if rest > 0 || seconds == 0 { text += "\(rest)S" }
        }
        return text
    }
}
