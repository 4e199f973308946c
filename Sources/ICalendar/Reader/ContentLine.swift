/// One unfolded content line split into name, parameters and value (RFC 5545 §3.1):
///
///     contentline = name *(";" param) ":" value
///     param       = param-name "=" param-value *("," param-value)
///     param-value = paramtext / quoted-string
///
/// Parameter values are unquoted and RFC 6868 caret escapes decoded (`^n` a line break,
/// `^'` a double quote, `^^` a caret). Bytes that are not UTF-8 are replaced by U+FFFD and
/// ``replacedInvalidUTF8`` says so, as libical and python `icalendar` read them.
///
/// Parsed with `building: false`, a line is only checked: the same grammar, the same failures
/// and the same ``replacedInvalidUTF8``, but no parameter or value text is made (``parameters``
/// is empty, ``value`` too), for lines whose content nobody reads now.
struct ContentLine {
    /// Bytes of a line read where they lie, in the file's bytes or a line's unfolded copy: a
    /// slice of a buffer, which counts no reference (an `ArraySlice` counts one on the array
    /// each time one is made or let go, several times a line).
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    let name: String
    let parameters: [CalendarParameter]
    let value: String
    /// Whether some bytes were not UTF-8 and were replaced by U+FFFD.
    let replacedInvalidUTF8: Bool

    struct Failure: Error {
        let column: Int
        let message: String
        /// Whether a ``CalendarReaderLimits`` bound was exceeded (an error, not a skipped line).
        var isLimit = false
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// Whether name bytes `name` (ASCII letters, digits and '-') spell `upper` (uppercase
    /// ASCII) in any case.
    static func equalIgnoringCase(_ name: Bytes, _ upper: some Collection<UInt8>) -> Bool {
        guard name.count == upper.count else { return false }
        // A lowercase letter matches its uppercase form (bit 0x20 cleared); any other byte only itself.
        var index = name.startIndex
        for expected in upper {
            let byte = name[index]
            guard byte == expected || (byte >= 0x61 && byte <= 0x7A && byte & 0xDF == expected) else { return false }
            index += 1
        }
        return true
    }

    /// Name bytes (ASCII letters, digits and '-') uppercased as bytes, when needed.
    static func uppercased(_ name: Bytes) -> String {
        guard name.contains(where: { $0 >= 0x61 }) else { return String(decoding: name, as: UTF8.self) }
        return String(decoding: name.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    init(parsing bytes: UnsafeBufferPointer<UInt8>, maximumParameters: Int, building: Bool = true) throws(Failure) {
        var index = 0
        var replaced = false
        func readName(_ what: String) throws(Failure) -> Range<Int> {
            let start = index
            while index < bytes.count && Self.isNameByte(bytes[index]) { index += 1 }
            guard index > start else {
                let found = index < bytes.count ? "'\(Character(Unicode.Scalar(bytes[index])))'" : "the end of the line"
                throw Failure(column: index + 1, message: "expected a \(what) (letters, digits and '-'), found \(found)")
            }
            return start..<index
        }
        name = Self.uppercased(bytes[try readName("property name")])
        var parameters: [CalendarParameter] = []
        var parameterCount = 0
        while index < bytes.count && bytes[index] == UInt8(ascii: ";") {
            index += 1
            let parameterName = try readName("parameter name")
            guard index < bytes.count && bytes[index] == UInt8(ascii: "=") else {
                throw Failure(column: index + 1, message: "expected '=' after parameter \(Self.uppercased(bytes[parameterName]))")
            }
            index += 1
            var values: [String] = []
            var valueCount = 0
            repeat {
                if index < bytes.count && bytes[index] == UInt8(ascii: ",") && valueCount > 0 { index += 1 }
                let start: Int
                let end: Int
                if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                    start = index + 1
                    index = start
                    while index < bytes.count && bytes[index] != UInt8(ascii: "\"") { index += 1 }
                    guard index < bytes.count else {
                        throw Failure(
                            column: start,
                            message: "the quoted value of parameter \(Self.uppercased(bytes[parameterName])) is never closed by '\"'")
                    }
                    end = index
                    index += 1
                } else {
                    start = index
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                        {
                            break
                        }
                        index += 1
                    }
                    end = index
                }
                valueCount += 1
                if building {
                    values.append(Self.decodeCarets(Self.text(bytes[start..<end], replaced: &replaced)))
                } else {
                    Self.check(bytes[start..<end], replaced: &replaced)
                }
            } while index < bytes.count && bytes[index] == UInt8(ascii: ",")
            parameterCount += 1
            if building { parameters.append(CalendarParameter(uppercasedName: Self.uppercased(bytes[parameterName]), values: values)) }
            guard parameterCount <= maximumParameters else {
                throw Failure(column: index + 1, message: "more than \(maximumParameters) parameters on one line", isLimit: true)
            }
        }
        guard index < bytes.count && bytes[index] == UInt8(ascii: ":") else {
            let found = index < bytes.count ? "'\(Character(Unicode.Scalar(bytes[index])))'" : "the end of the line"
            throw Failure(column: index + 1, message: "expected ':' before the value of \(name), found \(found)")
        }
        self.parameters = parameters
        if building {
            value = Self.text(bytes[(index + 1)...], replaced: &replaced)
        } else {
            Self.check(bytes[(index + 1)...], replaced: &replaced)
            value = ""
        }
        replacedInvalidUTF8 = replaced
    }

    /// Sets `replaced` when `bytes` are not UTF-8, as ``text(_:replaced:)`` would, without making the text.
    static func check(_ bytes: Bytes, replaced: inout Bool) {
        if isASCII(bytes) { return }
        if String(validating: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self) == nil { replaced = true }
    }

    /// Whether every byte is ASCII (below 0x80): eight bytes a step, the bytes of every line.
    static func isASCII(_ bytes: Bytes) -> Bool {
        let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes))
        var seen: UInt64 = 0
        var index = 0
        while index + 8 <= raw.count {
            seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            seen |= UInt64(raw[index])
            index += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// How many LF bytes `bytes` holds: 32 bytes a step. Each 8-byte word marks exactly its LF
    /// bytes in their high bits (no carry crosses from one byte to the next); the four words'
    /// marks, shifted apart by a bit each, are counted with one population count.
    static func lineFeedCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBytes { raw in
            let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            @inline(__always) func marks(at offset: Int) -> UInt64 {
                // A byte of `zero` is 0 exactly where the input byte is LF; adding 0x7F to its
                // low seven bits sets its high bit unless all are 0, and its own high bit is or-ed in.
                let zero = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                return ~(((zero & lows) &+ lows) | zero | lows)
            }
            var count = 0
            var index = 0
            while index + 32 <= raw.count {
                count +=
                    (marks(at: index) | marks(at: index + 8) >> 1 | marks(at: index + 16) >> 2 | marks(at: index + 24) >> 3)
                    .nonzeroBitCount
                index += 32
            }
            while index < raw.count {
                if raw[index] == 0x0A { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// The text of `bytes`; bytes that are not UTF-8 become U+FFFD and set `replaced`.
    static func text(_ bytes: Bytes, replaced: inout Bool) -> String {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        // ASCII (most lines) is valid UTF-8 as it is; only other text needs validating.
        if isASCII(bytes) { return String(decoding: buffer, as: UTF8.self) }
        if let text = String(validating: buffer, as: UTF8.self) { return text }
        replaced = true
        return String(decoding: buffer, as: UTF8.self)
    }

    /// RFC 6868: `^n`/`^N` is a line break, `^'` a double quote, `^^` a caret; a caret before
    /// anything else stays as it is.
    static func decodeCarets(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "^")) else { return text }
        var result = ""
        var caret = false
        for character in text {
            if caret {
                switch character {
                case "n", "N": result.append("\n")
                case "'": result.append("\"")
                case "^": result.append("^")
                default:
                    result.append("^")
                    result.append(character)
                }
                caret = false
            } else if character == "^" {
                caret = true
            } else {
                result.append(character)
            }
        }
        if caret { result.append("^") }
        return result
    }
}
