/// Reading and writing the ISO 8601 extended forms Parley uses on its command line, in plans
/// and in JSON: `2026-03-22`, `10:00` or `10:00:00`, `2026-03-22T10:00:00`, and
/// `2026-03-22T10:00:00+07:00` / `…Z` for instants.
public enum ISO8601 {
    /// `YYYY-MM-DD` for a date.
    ///
    /// A date's year is 1…9999, so the text is always ten ASCII bytes: a small string,
    /// written in place without allocating.
    public static func format(_ date: LocalDate) -> String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            put(date.year, width: 4, into: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(date.month, width: 2, into: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(date.day, width: 2, into: bytes, at: 8)
            return 10
        }
    }

    /// `hh:mm:ss` for a time of day (eight ASCII bytes, written in place).
    public static func format(_ time: LocalTime) -> String {
        String(unsafeUninitializedCapacity: 8) { bytes in
            put(time.hour, width: 2, into: bytes, at: 0)
            bytes[2] = UInt8(ascii: ":")
            put(time.minute, width: 2, into: bytes, at: 3)
            bytes[5] = UInt8(ascii: ":")
            put(time.second, width: 2, into: bytes, at: 6)
            return 8
        }
    }

    /// `YYYY-MM-DDThh:mm:ss` for a wall-clock date-time.
    public static func format(_ dateTime: LocalDateTime) -> String {
        format(dateTime.date) + "T" + format(dateTime.time)
    }

    /// `YYYY-MM-DDThh:mm:ss±hh:mm` for a wall-clock date-time shown at an offset from UTC
    /// (seconds east); `Z` is never used, so offsets stay explicit (`+00:00`).
    /// Offsets with seconds (historical local mean time) are written `±hh:mm:ss`.
    public static func format(_ dateTime: LocalDateTime, offset: Int) -> String {
        format(dateTime) + formatOffset(offset)
    }

    /// `±hh:mm` (or `±hh:mm:ss` when seconds are not zero) for an offset in seconds east of UTC.
    public static func formatOffset(_ offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        var text = sign + pad(magnitude / 3600, 2) + ":" + pad(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + pad(magnitude % 60, 2) }
        return text
    }

    /// An instant as it shows in a zone: `2026-03-29T10:00:00+07:00`.
    public static func format(_ instant: Instant, in rules: ZoneRules) -> String {
        var bytes: [UInt8] = []
        append(instant, in: rules, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``format(_:in:)`` of `instant` to `bytes` (its seconds since 1970 when the
    /// zone's wall clock falls outside the years 1…9999).
    public static func append(_ instant: Instant, in rules: ZoneRules, to bytes: inout [UInt8]) {
        let offset = rules.offset(at: instant)
        guard let local = LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offset)) else {
            return bytes.append(contentsOf: String(instant.secondsSinceEpoch).utf8)
        }
        append(local, offset: offset, to: &bytes)
    }

    /// Appends `YYYY-MM-DD` to `bytes`, for output written as bytes.
    public static func append(_ date: LocalDate, to bytes: inout [UInt8]) {
        appendFields(to: &bytes) { write(date, at: $0) }
    }

    /// Appends `YYYY-MM-DDThh:mm:ss` to `bytes`.
    public static func append(_ dateTime: LocalDateTime, to bytes: inout [UInt8]) {
        appendFields(to: &bytes) { write(dateTime, at: $0) }
    }

    /// Appends `YYYY-MM-DDThh:mm:ss±hh:mm` to `bytes` in one step: the form `parley expand`
    /// prints a million times, so it is written into a small buffer and appended once.
    public static func append(_ dateTime: LocalDateTime, offset: Int, to bytes: inout [UInt8]) {
        appendFields(to: &bytes) { start in
            let length = write(dateTime, at: start)
            return length + writeOffset(offset, at: start + length)
        }
    }

    /// Runs `write` on a 32-byte scratch buffer and appends the bytes it says it wrote.
    @inline(__always)
    private static func appendFields(to bytes: inout [UInt8], _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            guard let start = buffer.baseAddress else { return }
            let count = write(start)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Writes `YYYY-MM-DD` at `start`; returns 10.
    private static func write(_ date: LocalDate, at start: UnsafeMutablePointer<UInt8>) -> Int {
        writeTwoDigits(date.year / 100, at: start)
        writeTwoDigits(date.year, at: start + 2)
        start[4] = UInt8(ascii: "-")
        writeTwoDigits(date.month, at: start + 5)
        start[7] = UInt8(ascii: "-")
        writeTwoDigits(date.day, at: start + 8)
        return 10
    }

    /// Writes `YYYY-MM-DDThh:mm:ss` at `start`; returns 19.
    private static func write(_ dateTime: LocalDateTime, at start: UnsafeMutablePointer<UInt8>) -> Int {
        _ = write(dateTime.date, at: start)
        start[10] = UInt8(ascii: "T")
        writeTwoDigits(dateTime.time.hour, at: start + 11)
        start[13] = UInt8(ascii: ":")
        writeTwoDigits(dateTime.time.minute, at: start + 14)
        start[16] = UInt8(ascii: ":")
        writeTwoDigits(dateTime.time.second, at: start + 17)
        return 19
    }

    /// Writes `±hh:mm` or `±hh:mm:ss` at `start`; returns 6 or 9.
    private static func writeOffset(_ offset: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = abs(offset)
        start[0] = offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        writeTwoDigits(magnitude / 3600, at: start + 1)
        start[3] = UInt8(ascii: ":")
        writeTwoDigits(magnitude / 60 % 60, at: start + 4)
        guard magnitude % 60 != 0 else { return 6 }
        start[6] = UInt8(ascii: ":")
        writeTwoDigits(magnitude % 60, at: start + 7)
        return 9
    }

    /// Writes the last two decimal digits of `value` (not negative) at `start`.
    @inline(__always)
    private static func writeTwoDigits(_ value: Int, at start: UnsafeMutablePointer<UInt8>) {
        let pair = value % 100
        start[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair / 10)
        start[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair % 10)
    }

    /// Reads `YYYY-MM-DD`; `nil` when the text is not exactly that or names no day.
    public static func date(_ text: some StringProtocol) -> LocalDate? {
        var scanner = ISO8601Scanner(text)
        guard let fields = scanner.dateFields(basic: false), scanner.isAtEnd else { return nil }
        return LocalDate(year: fields.year, month: fields.month, day: fields.day)
    }

    /// Reads `hh:mm` or `hh:mm:ss`; `nil` otherwise.
    public static func time(_ text: some StringProtocol) -> LocalTime? {
        var scanner = ISO8601Scanner(text)
        guard let fields = scanner.timeFields(basic: false), scanner.isAtEnd else { return nil }
        return LocalTime(hour: fields.hour, minute: fields.minute, second: fields.second)
    }

    /// Reads `YYYY-MM-DDThh:mm[:ss]` (a space may stand for `T`); `nil` otherwise.
    public static func dateTime(_ text: some StringProtocol) -> LocalDateTime? {
        var scanner = ISO8601Scanner(text)
        guard let date = scanner.dateFields(basic: false), scanner.take("T") || scanner.take("t") || scanner.take(" "),
            let time = scanner.timeFields(basic: false), scanner.isAtEnd,
            let day = LocalDate(year: date.year, month: date.month, day: date.day),
            let clock = LocalTime(hour: time.hour, minute: time.minute, second: time.second)
        else { return nil }
        return LocalDateTime(date: day, time: clock)
    }

    /// Reads a date-time with an explicit offset or `Z` (`2026-03-22T10:00:00+07:00`,
    /// `2026-03-22T03:00Z`) and returns the instant; `nil` when there is no offset or the
    /// text is malformed.
    public static func instant(_ text: some StringProtocol) -> Instant? {
        let string = String(text)
        if string.hasSuffix("Z") || string.hasSuffix("z") {
            guard let local = dateTime(string.dropLast()) else { return nil }
            return Instant(secondsSinceEpoch: local.secondsSinceEpoch)
        }
        guard string.count > 16 else { return nil }
        let body = string.dropFirst(16)
        guard let signIndex = body.lastIndex(where: { $0 == "+" || $0 == "-" }),
            let local = dateTime(string[..<signIndex]),
            let offset = offsetSeconds(string[signIndex...])
        else { return nil }
        return Instant(secondsSinceEpoch: local.secondsSinceEpoch - Int64(offset))
    }

    /// Reads `±hh:mm`, `±hhmm` or `±hh`; `nil` otherwise or beyond ±18:00.
    public static func offsetSeconds(_ text: some StringProtocol) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        var scanner = ISO8601Scanner(text)
        guard case .seconds(let seconds) = scanner.offsetSeconds(), scanner.isAtEnd, abs(seconds) <= 18 * 3600 else { return nil }
        return seconds
    }

    /// Writes the last `width` decimal digits of `value` (not negative), zero-padded, at `start`.
    private static func put(_ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for position in (start..<start + width).reversed() {
            bytes[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
