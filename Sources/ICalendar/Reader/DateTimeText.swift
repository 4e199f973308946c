import CivilTime

/// Reading the basic-format DATE and DATE-TIME values of RFC 5545 §3.3.4 and §3.3.5.
enum DateTimeText {
    /// `20260322` as a date, or `nil` unless it is exactly eight digits naming a real day.
    static func date(_ text: Substring) -> LocalDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, let year = number(bytes, 0, 4), let month = number(bytes, 4, 2),
            let day = number(bytes, 6, 2)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `20260322T100000` or `20260322T030000Z` as a date-time and whether it is UTC, or `nil`.
    /// A leap second (`60`) is read as second 59, as §3.3.5 allows readers to do.
    static func dateTime(_ text: Substring) -> (LocalDateTime, isUTC: Bool)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 15 || (bytes.count == 16 && (bytes[15] == UInt8(ascii: "Z") || bytes[15] == UInt8(ascii: "z"))),
            bytes[8] == UInt8(ascii: "T") || bytes[8] == UInt8(ascii: "t"),
            let date = date(text.prefix(8)),
            let hour = number(bytes, 9, 2), let minute = number(bytes, 11, 2), let second = number(bytes, 13, 2),
            let time = LocalTime(hour: hour, minute: minute, second: second == 60 ? 59 : second)
        else { return nil }
        return (LocalDateTime(date: date, time: time), bytes.count == 16)
    }

    /// A DATE or DATE-TIME without a zone: `.date`, `.utc` or `.floating`.
    static func value(_ text: Substring) -> CalendarDateTime? {
        if text.utf8.count == 8 { return date(text).map(CalendarDateTime.date) }
        guard let (local, isUTC) = dateTime(text) else { return nil }
        return isUTC ? .utc(local) : .floating(local)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + length] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
