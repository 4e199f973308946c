/// Reads the fields of an ISO 8601 date, time and offset from text, without judging their
/// ranges (``ArgumentValue`` does that, to say which field is wrong).
///
/// Extended (`2026-03-29`, `10:00:00`, `+07:00`) and basic (`20260329`, `100000`, `+0700`)
/// forms are accepted; each part keeps to one form, as ISO 8601 requires.
struct ISO8601Scanner {
    private let bytes: [UInt8]
    private var position = 0

    /// The result of reading an offset.
    enum Offset: Equatable {
        /// No offset is written.
        case none
        /// `Z` (0) or `±HH[:MM]`, in seconds east of UTC.
        case seconds(Int)
        /// Something offset-like that does not parse.
        case malformed
    }

    /// A scanner at the start of `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// Reads `character` if it is next.
    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    /// Reads `YYYY-MM-DD` or `YYYYMMDD`.
    mutating func dateFields() -> (year: Int, month: Int, day: Int)? {
        guard let year = digits(4) else { return nil }
        let extended = take("-")
        guard let month = digits(2) else { return nil }
        if extended, !take("-") { return nil }
        guard let day = digits(2) else { return nil }
        return (year, month, day)
    }

    /// Reads `HH:MM[:SS]` or `HHMM[SS]`.
    mutating func timeFields() -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = digits(2) else { return nil }
        let extended = take(":")
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
    mutating func offsetSeconds() -> Offset {
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
