/// Text that is safe to show on a terminal, in a CI log or in a CI annotation: every control
/// character is written visibly as `\u{1B}`, and no line can start a workflow command.
///
/// This is the one escaping function for text output. What counts as a control character is
/// ``controlScalar(in:at:)``: C0 (but tab and, where lines are kept, line feed), DEL, C1
/// (U+0080–U+009F), U+2028 and U+2029, and the bidirectional controls U+061C, U+200E, U+200F,
/// U+202A–U+202E and U+2066–U+2069. A line whose first characters after spaces and tabs are
/// `::` or `##[` (what GitHub Actions and Azure Pipelines run as a command) has its first
/// character written as `\u{3A}` or `\u{23}`.
///
/// ```swift
/// var text = VisibleText()
/// text.append("::error::Forged\n")
/// text.append("title \u{1B}[2J")
/// text.text   // "\\u{3A}:error::Forged\ntitle \\u{1B}[2J"
/// ```
public struct VisibleText: Sendable, Hashable {
    /// The escaped text as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether only spaces and tabs were written since the last line feed.
    private var atLineStart = true

    /// Empty text.
    public init() {}

    /// `text` escaped (line feeds kept).
    public init(_ text: String) {
        append(text)
    }

    /// Text the program itself composed from escaped pieces and its own markup (the colour
    /// codes of a terminal, the workflow commands of the `github` format); never text read
    /// from a file, the command line or the environment.
    public static func verbatim(_ text: String) -> VisibleText {
        var visible = VisibleText()
        visible.appendVerbatim(text)
        return visible
    }

    /// `text` escaped for use inside one line, line feeds included (`a\u{A}b`); for pieces
    /// that another format then encodes (a GitHub annotation's properties, a file name).
    public static func escapingLine(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscapingLine(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``escapingLine(_:)`` of `text` to `bytes` as UTF-8, without making a string.
    public static func appendEscapingLine(_ text: String, to bytes: inout [UInt8]) {
        var visible = VisibleText()
        visible.atLineStart = false
        swap(&visible.bytes, &bytes)
        visible.append(text, keepingLineFeeds: false)
        swap(&visible.bytes, &bytes)
    }

    /// The escaped text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text`, escaped; line feeds are kept unless `keepingLineFeeds` is false.
    public mutating func append(_ text: String, keepingLineFeeds: Bool = true) {
        var text = text
        text.withUTF8 { append(utf8: $0, keepingLineFeeds: keepingLineFeeds) }
    }

    /// Appends UTF-8 bytes (a slice of a source file), escaped.
    public mutating func append(utf8 slice: ArraySlice<UInt8>, keepingLineFeeds: Bool = true) {
        slice.withUnsafeBufferPointer { append(utf8: $0, keepingLineFeeds: keepingLineFeeds) }
    }

    /// Appends text that is already visible.
    public mutating func append(_ other: VisibleText) {
        guard !other.bytes.isEmpty else { return }
        bytes.append(contentsOf: other.bytes)
        atLineStart = other.atLineStart
    }

    /// Appends program-made text as is (see ``verbatim(_:)``).
    public mutating func appendVerbatim(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if let last = text.utf8.last { atLineStart = last == UInt8(ascii: "\n") }
    }

    /// Appends UTF-8 bytes, escaped.
    public mutating func append(utf8: UnsafeBufferPointer<UInt8>, keepingLineFeeds: Bool = true) {
        var index = 0
        var start = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), keepingLineFeeds {
                index += 1
                atLineStart = true
                continue
            }
            if let control = Self.controlScalar(in: utf8, at: index) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                Self.appendEscape(control.value, to: &bytes)
                index += control.length
                start = index
                atLineStart = false
                continue
            }
            if atLineStart, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                atLineStart = false
                if Self.startsWorkflowCommand(utf8, at: index) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    Self.appendEscape(UInt32(byte), to: &bytes)
                    index += 1
                    start = index
                    continue
                }
            }
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
    }

    /// The control character whose UTF-8 encoding starts at `index` of valid UTF-8, and the
    /// length of that encoding; `nil` for any other character and for tab.
    public static func controlScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let first = utf8[index]
        if first < 0x80 {
            return (first < 0x20 && first != UInt8(ascii: "\t")) || first == 0x7F ? (UInt32(first), 1) : nil
        }
        if first == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) { return (UInt32(utf8[index + 1]), 2) }
        if first == 0xD8, index + 1 < utf8.count, utf8[index + 1] == 0x9C { return (0x061C, 2) }
        guard first == 0xE2, index + 2 < utf8.count else { return nil }
        let value = 0x2000 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
        guard utf8[index + 1] & 0xFC == 0x80 else { return nil }
        return isControl(value) ? (value, 3) : nil
    }

    /// Whether the Unicode scalar `value` is a control character in the sense above (tab and
    /// line feed included).
    public static func isControl(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `::` or `##[` starts at `index`.
    private static func startsWorkflowCommand(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let colon = UInt8(ascii: ":")
        let hash = UInt8(ascii: "#")
        if utf8[index] == colon { return index + 1 < utf8.count && utf8[index + 1] == colon }
        guard utf8[index] == hash, index + 2 < utf8.count else { return false }
        return utf8[index + 1] == hash && utf8[index + 2] == UInt8(ascii: "[")
    }

    /// Appends `\u{…}` with the value in upper-case hexadecimal, at least two digits.
    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "{")])
        var digits = String(value, radix: 16, uppercase: true)
        if digits.count < 2 { digits = "0" + digits }
        bytes.append(contentsOf: digits.utf8)
        bytes.append(UInt8(ascii: "}"))
    }
}
