/// Reads the fields of an ISO 8601 date, time and offset from text, left to right, without
/// judging their ranges, so a caller can say which field is wrong. The one ISO 8601 reader:
/// ``ISO8601``'s readers and the command line's arguments are built on it.
///
/// Extended (`2026-03-29`, `10:00:00`, `+07:00`) and, unless `basic` is false, basic
/// (`20260329`, `100000`, `+0700`) forms are accepted; each part keeps to one form, as ISO 8601
/// requires.
///
/// ```swift
/// var scanner = ISO8601Scanner("2026-03-29T10:00+07:00")
/// scanner.dateFields()        // (2026, 3, 29)
/// scanner.take("T")           // true
/// scanner.timeFields()        // (10, 0, 0)
/// scanner.offsetSeconds()     // .seconds(25200)
/// ```
public struct ISO8601Scanner {
    private let bytes: [UInt8]
    private var position = 0

    /// The result of reading an offset.
    public enum Offset: Equatable, Sendable {
        /// No offset is written.
        case none
        /// `Z` (0) or `±HH[:MM]`, in seconds east of UTC.
        case seconds(Int)
        /// Something offset-like that does not parse.
        case malformed
    }

    /// A scanner at the start of `text`.
    public init(_ text: some StringProtocol) {
        bytes = Array(text.utf8)
    }

    /// Whether everything has been read.
    public var isAtEnd: Bool { position == bytes.count }

    /// Reads `character` if it is next.
    public mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    /// Reads `YYYY-MM-DD` or (when `basic`) `YYYYMMDD`.
    public mutating func dateFields(basic: Bool = true) -> (year: Int, month: Int, day: Int)? {
        guard let year = digits(4) else { return nil }
        let extended = take("-")
        guard extended || basic else { return nil }
        guard let month = digits(2) else { return nil }
        if extended, !take("-") { return nil }
        guard let day = digits(2) else { return nil }
        return (year, month, day)
    }

    /// Reads `HH:MM[:SS]` or (when `basic`) `HHMM[SS]`.
    public mutating func timeFields(basic: Bool = true) -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = digits(2) else { return nil }
        let extended = take(":")
        guard extended || basic else { return nil }
        guard let minute = digits(2) else { return nil }
        var second = 0
        if extended {
            if take(":") {
                guard let value = digits(2) else { return nil }
                second = value
            }
        } else if let value = digits(2) {
            second = value
        }
        return (hour, minute, second)
    }

    /// Reads `Z`, `±HH`, `±HH:MM` or `±HHMM`, if any.
    public mutating func offsetSeconds() -> Offset {
        if take("Z") || take("z") { return .seconds(0) }
        let sign: Int
        if take("+") {
            sign = 1
        } else if take("-") {
            sign = -1
        } else {
            return isAtEnd ? .none : .malformed
        }
        guard let hours = digits(2) else { return .malformed }
        var minutes = 0
        if take(":") {
            guard let value = digits(2) else { return .malformed }
            minutes = value
        } else if let value = digits(2) {
            minutes = value
        }
        guard minutes < 60 else { return .malformed }
        return .seconds(sign * (hours * 3600 + minutes * 60))
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + count] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += count
        return value
    }
}
