import Basics

/// Writes JSON as bytes in Parley's one dialect, element by element, so a large document never
/// has to exist in memory: two-space indentation, `"key": value`, object keys in sorted order,
/// `/` not escaped, non-ASCII as UTF-8, control characters as `\uXXXX`, `[]` and `{}` for
/// empty containers, and one newline after the document. The same calls always give the same
/// bytes.
///
/// Keys are written in the order given; callers give them sorted (checked in debug builds).
/// ``value(_:)`` writes a whole ``JSONValue``, sorting its keys itself.
///
/// ```swift
/// var json = JSONWriter(flushingEvery: 1 << 20) { channel.write(bytes: $0) }
/// json.beginArray()
/// for line in lines { json.string(line) }      // each element leaves when the buffer fills
/// json.endArray()
/// json.finish()                                // "\n", then the rest is flushed
/// ```
public struct JSONWriter {
    /// The bytes written and not yet flushed.
    public private(set) var bytes: [UInt8] = []
    private var counts: [Int] = []
    private var afterKey = false
    private let flushLimit: Int
    private let sink: (([UInt8]) -> Void)?
    /// The last text ``repeatedString(_:)`` wrote, and its bytes as written.
    private var lastRepeated: (text: String, written: [UInt8])?
    #if DEBUG
        private var lastKeys: [String?] = []
    #endif

    /// A writer that keeps everything in ``bytes``.
    public init() {
        flushLimit = .max
        sink = nil
    }

    /// A writer that hands its bytes to `sink` whenever `limit` bytes have gathered, and at ``finish()``.
    public init(flushingEvery limit: Int, to sink: @escaping ([UInt8]) -> Void) {
        flushLimit = limit
        self.sink = sink
        bytes.reserveCapacity(limit + 4096)
    }

    // MARK: Containers

    /// Opens an array (as a value, an element, or after ``key(_:)``).
    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open()
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Opens an object.
    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Writes the key of the next member of the innermost object; keys come in sorted order.
    public mutating func key(_ name: String) {
        #if DEBUG
            if let previous = lastKeys[lastKeys.count - 1] { assert(previous < name, "JSON key \(name) after \(previous)") }
            lastKeys[lastKeys.count - 1] = name
        #endif
        separate()
        quote(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    // MARK: Scalars

    /// A string, escaped.
    public mutating func string(_ text: String) {
        beginValue()
        quote(text)
        flushIfFull()
    }

    /// A string given as UTF-8 bytes that need no escaping (digits, dates, plain ASCII).
    public mutating func plainString(_ write: (inout [UInt8]) -> Void) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
        flushIfFull()
    }

    /// A string that comes back many times in a row (a file's path in every location):
    /// escaped once, then copied while it stays the same.
    public mutating func repeatedString(_ text: String) {
        beginValue()
        if let lastRepeated, lastRepeated.text == text {
            bytes.append(contentsOf: lastRepeated.written)
        } else {
            let start = bytes.count
            quote(text)
            lastRepeated = (text, Array(bytes[start...]))
        }
        flushIfFull()
    }

    /// A whole number.
    public mutating func int(_ value: Int) {
        beginValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beginValue()
        append(value ? "true" : "false")
    }

    /// `null`.
    public mutating func null() {
        beginValue()
        append("null")
    }

    /// A whole value, its object keys sorted.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .string(let text): string(text)
        case .int(let number): int(number)
        case .bool(let flag): bool(flag)
        case .null: null()
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for name in members.keys.sorted() {
                key(name)
                if let member = members[name] { self.value(member) }
            }
            endObject()
        }
        flushIfFull()
    }

    /// Ends the document with a newline and flushes what remains to the sink.
    public mutating func finish() {
        bytes.append(UInt8(ascii: "\n"))
        flush()
    }

    /// Hands the gathered bytes to the sink (nothing without one).
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Layout

    private mutating func flushIfFull() {
        if bytes.count >= flushLimit { flush() }
    }

    private mutating func open() {
        counts.append(0)
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        let count = counts.removeLast()
        #if DEBUG
            lastKeys.removeLast()
        #endif
        if count > 0 { newline() }
        bytes.append(bracket)
        flushIfFull()
    }

    /// Before a value: nothing after a key or at the top level; otherwise a new array element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            separate()
        }
    }

    /// The comma (after an earlier element), newline and indentation before an element or member.
    private mutating func separate() {
        let index = counts.count - 1
        if counts[index] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[index] += 1
        newline()
    }

    private mutating func newline() {
        let length = 1 + 2 * counts.count
        Self.indentation.withUTF8Buffer { line in
            if length <= line.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[0..<length]))
            } else {
                bytes.append(contentsOf: line)
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: length - line.count))
            }
        }
    }

    /// Appends fixed ASCII text (no escaping, nothing counted).
    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func quote(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte == 0x22 || byte == 0x5C || byte == 0x09 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), byte == 0x09 ? UInt8(ascii: "t") : byte])
                    index += 1
                    start = index
                    continue
                }
                // Every control character of `VisibleText` (C0, DEL, C1, U+2028/2029, bidi
                // controls) as `\uXXXX`, so JSON shown on a terminal or in a log is inert.
                guard byte < 0x20 || byte == 0x7F || byte >= 0xC2, let control = VisibleText.controlScalar(in: utf8, at: index) else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                index += control.length
                start = index
                switch control.value {
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
                    for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(control.value >> UInt32(shift) & 0xF)]) }
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A newline and the indentation of 32 levels, cut to the depth at hand.
    private static let indentation: StaticString =
        "\n                                                                "
}
