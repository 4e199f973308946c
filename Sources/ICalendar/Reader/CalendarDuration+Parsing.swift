extension CalendarDuration {
    /// Reads a DURATION value (RFC 5545 §3.3.6): `P1W`, `-PT15M`, `P1DT2H`, `+P2D`; `nil` when
    /// the text is not one (`P`, `PT`, `P1H`, `P1DT`).
    public init?(parsing text: String) {
        // Letters in any case; anything beyond ASCII is uppercased as Unicode first.
        let bytes = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : Array(text.uppercased().utf8)
        var index = 0
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count, bytes[index] & 0xDF == UInt8(ascii: "P") else { return nil }
        index += 1
        var days = 0
        var seconds = 0
        var number = 0
        var digits = 0
        var inTime = false
        var units = 0
        var timeUnits = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits <= 9 { number = number * 10 + Int(byte - 0x30) }
                continue
            }
            let letter = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            if letter == UInt8(ascii: "T") {
                guard digits == 0, !inTime else { return nil }
                inTime = true
                continue
            }
            guard digits > 0, digits <= 9 else { return nil }
            let value = number
            (number, digits) = (0, 0)
            units += 1
            if inTime { timeUnits += 1 }
            switch (letter, inTime) {
            case (UInt8(ascii: "W"), false): days += value * 7
            case (UInt8(ascii: "D"), false): days += value
            case (UInt8(ascii: "H"), true): seconds += value * 3600
            case (UInt8(ascii: "M"), true): seconds += value * 60
            case (UInt8(ascii: "S"), true): seconds += value
            default: return nil
            }
        }
        guard digits == 0, units > 0, !inTime || timeUnits > 0 else { return nil }
        self.init(days: days, seconds: seconds, isNegative: negative)
    }

    /// Nominal days with the duration's sign.
    var signedDays: Int { isNegative ? -days : days }
    /// Exact seconds with the duration's sign.
    var signedSeconds: Int { isNegative ? -seconds : seconds }
}
