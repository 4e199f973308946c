import CivilTime

extension CalendarDateTime {
    /// The value as RFC 5545 writes it (§3.3.4, §3.3.5): `20260322`, `20260322T100000`,
    /// `20260322T030000Z`; a zoned value's `TZID` goes in ``wireParameters``.
    public var wireValue: String {
        switch self {
        case .date(let date): WireDigits.date(date)
        case .floating(let value), .zoned(let value, _): WireDigits.dateTime(value, utc: false)
        case .utc(let value): WireDigits.dateTime(value, utc: true)
        }
    }

    /// The parameters the value needs: `VALUE=DATE` for a date, `TZID=…` for a zoned date-time,
    /// none for floating and UTC values.
    public var wireParameters: [CalendarParameter] {
        switch self {
        case .date: [CalendarParameter("VALUE", "DATE")]
        case .zoned(_, let tzid): [CalendarParameter("TZID", tzid)]
        case .floating, .utc: []
        }
    }

    /// The UTC form of `instant` (`20260322T030000Z`), or `nil` outside years 1…9999.
    public static func utc(_ instant: Instant) -> CalendarDateTime? {
        instant.utcDateTime.map { .utc($0) }
    }

    /// The zone identifier of a zoned value, `nil` for the other forms.
    public var tzid: String? {
        if case .zoned(_, let tzid) = self { return tzid }
        return nil
    }
}

/// Fixed-width decimal formatting of dates, times and UTC offsets, without `String(format:)`.
enum WireDigits {
    /// `yyyymmdd`.
    static func date(_ date: LocalDate) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        appendDate(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `yyyymmddThhmmss`, with a trailing `Z` when `utc`.
    static func dateTime(_ value: LocalDateTime, utc: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        appendDate(value.date, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        append(value.time.hour, width: 2, to: &bytes)
        append(value.time.minute, width: 2, to: &bytes)
        append(value.time.second, width: 2, to: &bytes)
        if utc { bytes.append(UInt8(ascii: "Z")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A UTC offset (§3.3.14): `+0530`, `-0500`, `+053328` when seconds are not zero.
    /// Zero is `+0000` (§3.3.14 forbids `-0000`).
    static func offset(_ seconds: Int) -> String {
        var bytes: [UInt8] = [seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")]
        let magnitude = abs(seconds)
        append(magnitude / 3600, width: 2, to: &bytes)
        append(magnitude / 60 % 60, width: 2, to: &bytes)
        if magnitude % 60 != 0 { append(magnitude % 60, width: 2, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendDate(_ date: LocalDate, to bytes: inout [UInt8]) {
        append(date.year, width: 4, to: &bytes)
        append(date.month, width: 2, to: &bytes)
        append(date.day, width: 2, to: &bytes)
    }

    /// Appends a non-negative `value` in decimal, zero-padded to at least `width` digits.
    static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        let value = max(value, 0)
        var divisor = 1
        var digits = 1
        while divisor <= value / 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
