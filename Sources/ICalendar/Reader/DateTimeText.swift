import CivilTime

/// Reading the basic-format DATE and DATE-TIME values of RFC 5545 §3.3.4 and §3.3.5.
///
/// The work is done on UTF-8 bytes (values are ASCII); the `Substring` forms wrap them.
enum DateTimeText {
    /// `20260322` as a date, or `nil` unless it is exactly eight digits naming a real day.
    static func date(_ text: Substring) -> LocalDate? {
        date(bytes: Array(text.utf8)[...])
    }

    /// `20260322T100000` or `20260322T030000Z` as a date-time and whether it is UTC, or `nil`.
    /// A leap second (`60`) is read as second 59, as §3.3.5 allows readers to do.
    static func dateTime(_ text: Substring) -> (LocalDateTime, isUTC: Bool)? {
        dateTime(bytes: Array(text.utf8)[...])
    }

    /// A DATE or DATE-TIME without a zone: `.date`, `.utc` or `.floating`.
    static func value(_ text: Substring) -> CalendarDateTime? {
        value(bytes: Array(text.utf8)[...])
    }

    /// ``date(_:)`` on UTF-8 bytes.
    static func date<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> LocalDate? where Bytes.Index == Int {
        let base = bytes.startIndex
        guard bytes.count == 8, let year = number(bytes, base, 4), let month = number(bytes, base + 4, 2),
            let day = number(bytes, base + 6, 2)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// ``dateTime(_:)`` on UTF-8 bytes.
    static func dateTime<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> (LocalDateTime, isUTC: Bool)?
    where Bytes.Index == Int, Bytes.SubSequence: RandomAccessCollection<UInt8>, Bytes.SubSequence.Index == Int {
        let base = bytes.startIndex
        guard bytes.count == 15 || (bytes.count == 16 && (bytes[base + 15] == UInt8(ascii: "Z") || bytes[base + 15] == UInt8(ascii: "z"))),
            bytes[base + 8] == UInt8(ascii: "T") || bytes[base + 8] == UInt8(ascii: "t"),
            let date = date(bytes: bytes[base..<base + 8]),
            let hour = number(bytes, base + 9, 2), let minute = number(bytes, base + 11, 2), let second = number(bytes, base + 13, 2),
            let time = LocalTime(hour: hour, minute: minute, second: second == 60 ? 59 : second)
        else { return nil }
        return (LocalDateTime(date: date, time: time), bytes.count == 16)
    }

    /// ``value(_:)`` on UTF-8 bytes.
    static func value(bytes: ArraySlice<UInt8>) -> CalendarDateTime? {
        if bytes.count == 8 { return date(bytes: bytes).map(CalendarDateTime.date) }
        guard let (local, isUTC) = dateTime(bytes: bytes) else { return nil }
        return isUTC ? .utc(local) : .floating(local)
    }

    private static func number<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ start: Int, _ length: Int) -> Int?
    where Bytes.Index == Int {
        var value = 0
        for index in start..<start + length {
            let byte = bytes[index]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

extension BidirectionalCollection where Element == UInt8, SubSequence == Self {
    /// The bytes without leading or trailing spaces and tabs.
    var trimmingSpaces: Self {
        var result = self
        while let first = result.first, first == 0x20 || first == 0x09 { result = result.dropFirst() }
        while let last = result.last, last == 0x20 || last == 0x09 { result = result.dropLast() }
        return result
    }
}
