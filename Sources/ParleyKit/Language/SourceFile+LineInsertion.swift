/// Where a new line goes in a plan file, written in the file's own line break.
struct LineInsertionPoint {
    /// The byte offset the new line is inserted at.
    let offset: Int
    /// `"\n"`, or `"\r\n"` when the file uses it.
    let lineBreak: String
    /// Whether the file's last line has no line break, so one must come first.
    let needsLeadingBreak: Bool
}

extension SourceFile {
    /// The point just after line `line` (1-based): the start of the next line, or the end of the
    /// file when `line` is its last.
    func insertionPoint(after line: Int) -> LineInsertionPoint {
        if line < lineStarts.count {
            let offset = lineStarts[line]
            let crlf = offset >= 2 && bytes[offset - 2] == UInt8(ascii: "\r")
            return LineInsertionPoint(offset: offset, lineBreak: crlf ? "\r\n" : "\n", needsLeadingBreak: false)
        }
        let crlf = bytes.contains(UInt8(ascii: "\r"))
        return LineInsertionPoint(offset: bytes.count, lineBreak: crlf ? "\r\n" : "\n", needsLeadingBreak: true)
    }
}
