/// A DURATION value (RFC 5545 §3.3.6): a signed length of nominal days and exact seconds.
///
/// Weeks and days are nominal (a day is one calendar day, 23 or 25 hours of real time across
/// a daylight-saving change); hours, minutes and seconds are exact. `P1D` from
/// 2026-03-07T12:00 in America/New_York ends 2026-03-08T12:00 EDT, 23 hours later; `PT24H`
/// ends at 13:00 EDT, 24 hours later.
///
/// Whole weeks with no other part are written as weeks (`P2W`); otherwise days and time
/// (`P1DT2H30M`, `-PT15M`, `PT0S`), following the RFC's grammar, in which an hour part is
/// followed by minutes before seconds (`PT1H0M1S`).
public struct CalendarDuration: Hashable, Sendable, CustomStringConvertible {
    /// Nominal days (weeks count seven), negative for a negative duration.
    public var days: Int
    /// Exact seconds beyond the days, negative for a negative duration.
    public var seconds: Int

    /// A duration from its parts. With `isNegative`, the magnitudes of the parts are taken
    /// and the whole duration points backwards (an alarm 15 minutes before: `-PT15M`).
    public init(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, isNegative: Bool = false) {
        let exact = hours * 3600 + minutes * 60 + seconds
        self.days = isNegative ? -abs(days) : days
        self.seconds = isNegative ? -abs(exact) : exact
    }

    /// Whether the duration points backwards. Setting it flips the sign of both parts.
    public var isNegative: Bool {
        get { days < 0 || seconds < 0 }
        set {
            days = newValue ? -abs(days) : abs(days)
            seconds = newValue ? -abs(seconds) : abs(seconds)
        }
    }

    /// Reads `P1W`, `-PT15M`, `P1DT2H`, `+P2D` (letters in any case); `nil` when the text is
    /// not a §3.3.6 duration.
    public init?(parsing text: String) {
        var rest = Substring(text.uppercased())
        var sign = 1
        if rest.first == "-" || rest.first == "+" {
            sign = rest.first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var days = 0
        var seconds = 0
        var number = ""
        var inTime = false
        var sawUnit = false
        var timeUnits = 0
        for character in rest {
            if character.isASCII && character.isNumber {
                number.append(character)
                continue
            }
            if character == "T" {
                guard number.isEmpty, !inTime else { return nil }
                inTime = true
                continue
            }
            guard number.count <= 9, let value = Int(number) else { return nil }
            number = ""
            sawUnit = true
            if inTime { timeUnits += 1 }
            switch (character, inTime) {
            case ("W", false): days += value * 7
            case ("D", false): days += value
            case ("H", true): seconds += value * 3600
            case ("M", true): seconds += value * 60
            case ("S", true): seconds += value
            default: return nil
            }
        }
        guard number.isEmpty, sawUnit, !inTime || timeUnits > 0 else { return nil }
        self.days = sign * days
        self.seconds = sign * seconds
    }

    /// The duration as written on the wire: `P2W`, `P1DT2H`, `-PT15M`, `PT0S`.
    public var wireValue: String {
        let dayCount = abs(days)
        let secondCount = abs(seconds)
        var text = isNegative ? "-P" : "P"
        if secondCount == 0 && dayCount > 0 && dayCount % 7 == 0 { return text + "\(dayCount / 7)W" }
        if dayCount > 0 { text += "\(dayCount)D" }
        if secondCount > 0 || dayCount == 0 {
            text += "T"
            let hours = secondCount / 3600
            let minutes = secondCount / 60 % 60
            let rest = secondCount % 60
            if hours > 0 { text += "\(hours)H" }
            if minutes > 0 || (hours > 0 && rest > 0) { text += "\(minutes)M" }
            if rest > 0 || secondCount == 0 { text += "\(rest)S" }
        }
        return text
    }

    /// The wire form (``wireValue``).
    public var description: String { wireValue }
}
