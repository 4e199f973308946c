extension CalendarDuration {
    /// Reads a DURATION value (RFC 5545 §3.3.6): `P1W`, `-PT15M`, `P1DT2H`, `+P2D`; `nil` when
    /// the text is not one (`P`, `PT`, `P1H`, `P1DT`).
    public init?(parsing text: String) {
        var rest = Substring(text.uppercased())
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var days = 0
        var seconds = 0
        var number = ""
        var inTime = false
        var units = 0
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
            units += 1
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
        guard number.isEmpty, units > 0, !inTime || timeUnits > 0 else { return nil }
        self.init(days: days, seconds: seconds, isNegative: negative)
    }

    /// Nominal days with the duration's sign.
    var signedDays: Int { isNegative ? -days : days }
    /// Exact seconds with the duration's sign.
    var signedSeconds: Int { isNegative ? -seconds : seconds }
}
