/// The text of one plan file with an index of its line starts, for turning locations back
/// into source lines (the caret under a diagnostic).
public struct SourceFile: Hashable, Sendable {
    /// The path as given or as a `use` resolved it.
    public let path: String
    /// The text.
    public let text: String
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// The byte offset where each line starts (line 1 at index 0).
    public let lineStarts: [Int]

    /// A source file from its path and text.
    ///
    /// - Complexity: O(*n*) in the text's length.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// The text of line `number` (1-based) without its line break, or `nil` past the end.
    public func line(_ number: Int) -> String? {
        lineRange(number).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where line `number` (1-based) lies in ``bytes``, without its line break (`\n` or
    /// `\r\n`), or `nil` past the end.
    ///
    /// - Complexity: O(1).
    public func lineRange(_ number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }
}
