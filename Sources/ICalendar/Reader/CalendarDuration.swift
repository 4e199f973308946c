/// A DURATION value (RFC 5545 §3.3.6): weeks and days are nominal (a day is one calendar day,
/// 23 or 25 hours across a DST change), hours, minutes and seconds exact.
///
/// `P1D` from 2026-03-07T12:00 in America/New_York ends 2026-03-08T12:00 EDT, 23 hours later;
/// `PT24H` ends at 13:00 EDT, 24 hours later.
public struct CalendarDuration: Hashable, Sendable, CustomStringConvertible {
    /// Whole calendar days (weeks count 7), negative for a negative duration.
    public var days: Int
    /// Exact seconds (hours, minutes, seconds), negative for a negative duration.
    public var seconds: Int

    /// A duration of nominal `days` and exact `seconds`.
    public init(days: Int = 0, seconds: Int = 0) {
        self.days = days
        self.seconds = seconds
    }

    /// Reads `P1W`, `-PT15M`, `P1DT2H`, `+P2D`; `nil` when the text is not a §3.3.6 duration.
    public init?(parsing text: String) {
        var bytes = Substring(text.uppercased())
        var sign = 1
        if bytes.first == "-" || bytes.first == "+" {
            sign = bytes.first == "-" ? -1 : 1
            bytes = bytes.dropFirst()
        }
        guard bytes.first == "P" else { return nil }
        bytes = bytes.dropFirst()
        var days = 0
        var seconds = 0
        var number = ""
        var inTime = false
        var sawUnit = false
        var timeUnits = 0
        for character in bytes {
            if character.isASCII && character.isNumber {
                number.append(character)
                continue
            }
            if character == "T" {
                guard number.isEmpty, !inTime else { return nil }
                inTime = true
                continue
            }
            guard let value = Int(number), number.count <= 9 else { return nil }
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

    /// The canonical text (`P1DT2H`, `-PT15M`, `PT0S`).
    public var description: String {
        let negative = days < 0 || seconds < 0
        let d = abs(days)
        let s = abs(seconds)
        var text = negative ? "-P" : "P"
        if d > 0 { text += d % 7 == 0 && s == 0 ? "\(d / 7)W" : "\(d)D" }
        if s > 0 || d == 0 {
            text += "T"
            if s / 3600 > 0 { text += "\(s / 3600)H" }
            if s / 60 % 60 > 0 { text += "\(s / 60 % 60)M" }
            if s % 60 > 0 || s == 0 { text += "\(s % 60)S" }
        }
        return text
    }
}
