/// Splits a plan file into lines of tokens.
///
/// The lexer never stops at an error: it reports it and carries on, so that one run finds
/// every malformed spot. It reports tabs in indentation, unterminated strings, unknown
/// escapes and control characters (which is how binary files show up). A UTF-8 byte-order
/// mark at the start of the file is skipped.
///
/// - Complexity: O(*n*) in the file's bytes; lines of any length are fine.
public enum Lexer {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let quote = UInt8(ascii: "\"")
    private static let hash = UInt8(ascii: "#")
    private static let comma = UInt8(ascii: ",")
    private static let backslash = UInt8(ascii: "\\")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The lines of `file`, with any lexical errors added to `sink`.
    public static func lex(_ file: SourceFile, into sink: inout DiagnosticSink) -> [LexedLine] {
        var lines: [LexedLine] = []
        lines.reserveCapacity(file.lineStarts.count)
        for (index, start) in file.lineStarts.enumerated() {
            var end = index + 1 < file.lineStarts.count ? file.lineStarts[index + 1] - 1 : file.bytes.count
            if end > start, file.bytes[end - 1] == carriageReturn { end -= 1 }
            if index + 1 == file.lineStarts.count, start == end { break }
            var scanner = LineScanner(file: file, number: index + 1, start: start, end: end)
            if index == 0, file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                scanner.position = min(end, 3)  // a UTF-8 byte-order mark is not part of the text
            }
            lines.append(scanner.scan(into: &sink))
        }
        return lines
    }

    /// Scans one line, tracking the column in Unicode scalars.
    private struct LineScanner {
        let file: SourceFile
        let number: Int
        let end: Int
        var position: Int
        var column = 1

        init(file: SourceFile, number: Int, start: Int, end: Int) {
            self.file = file
            self.number = number
            self.end = end
            position = start
        }

        var location: SourceLocation {
            SourceLocation(file: file.path, line: number, column: column, offset: position)
        }

        var current: UInt8 { file.bytes[position] }

        mutating func advance() {
            position += 1
            while position < end, file.bytes[position] & 0xC0 == 0x80 { position += 1 }
            column += 1
        }

        mutating func scan(into sink: inout DiagnosticSink) -> LexedLine {
            var indent = 0
            var reportedTab = false
            while position < end, current == space || current == tab {
                if current == tab {
                    if !reportedTab {
                        sink.error("expected spaces for indentation, found a tab; indent with two spaces per level", at: location)
                        reportedTab = true
                    }
                    indent += 2
                } else {
                    indent += 1
                }
                advance()
            }
            var tokens: [Token] = []
            var comment: Comment?
            while position < end {
                let byte = current
                if byte == space || byte == tab {
                    advance()
                } else if byte == hash {
                    comment = scanComment(into: &sink)
                } else if byte == quote {
                    tokens.append(scanString(into: &sink))
                } else if byte == comma {
                    tokens.append(Token(.comma, ",", at: location, width: 1))
                    advance()
                } else if let scalar = controlScalar(at: position) {
                    sink.error("unexpected control character U+\(hex(scalar)); plan files are plain text", at: location)
                    advance()
                } else {
                    tokens.append(scanWord(into: &sink))
                }
            }
            return LexedLine(number: number, indent: indent, tokens: tokens, comment: comment)
        }

        /// The comment from `#` to the end of the line; a control character in it (C0 but tab,
        /// DEL, C1, U+2028/2029, bidi overrides) is an error, since comments are written back.
        mutating func scanComment(into sink: inout DiagnosticSink) -> Comment {
            let start = location
            let textStart = position + 1
            var textEnd = end
            while textEnd > textStart, file.bytes[textEnd - 1] == space || file.bytes[textEnd - 1] == tab { textEnd -= 1 }
            advance()
            while position < end {
                if let scalar = controlScalar(at: position) {
                    sink.error("unexpected control character U+\(hex(scalar)) in a comment; plan files are plain text", at: location)
                }
                advance()
            }
            return Comment(String(decoding: file.bytes[textStart..<textEnd], as: UTF8.self), at: start)
        }

        mutating func scanWord(into sink: inout DiagnosticSink) -> Token {
            let start = location
            let from = position
            while position < end {
                let byte = current
                if byte == space || byte == tab || byte == quote || byte == comma || byte == hash { break }
                if controlScalar(at: position) != nil { break }
                advance()
            }
            return Token(.word, String(decoding: file.bytes[from..<position], as: UTF8.self), at: start, width: column - start.column)
        }

        mutating func scanString(into sink: inout DiagnosticSink) -> Token {
            let start = location
            advance()
            var value: [UInt8] = []
            while true {
                guard position < end else {
                    sink.error("unterminated string: expected '\"' before the end of the line", at: start)
                    break
                }
                let byte = current
                if byte == quote {
                    advance()
                    break
                }
                if byte == backslash {
                    let escape = location
                    advance()
                    guard position < end else { continue }
                    let next = current
                    if next == quote || next == backslash {
                        value.append(next)
                    } else {
                        sink.error(
                            "unknown escape '\\\(Character(Unicode.Scalar(next)))'; strings may escape only '\\\"' and '\\\\'", at: escape)
                    }
                    advance()
                    continue
                }
                if let scalar = controlScalar(at: position) {
                    sink.error("unexpected control character U+\(hex(scalar)) in a string", at: location)
                    advance()
                    continue
                }
                let scalarStart = position
                advance()
                value.append(contentsOf: file.bytes[scalarStart..<position])
            }
            return Token(.string, String(decoding: value, as: UTF8.self), at: start, width: column - start.column)
        }

        /// The control character whose UTF-8 encoding starts at `offset`, if one does: C0 but
        /// tab, DEL, C1 (U+0080–U+009F), U+2028/U+2029 and the bidi controls U+202A–U+202E,
        /// U+2066–U+2069.
        func controlScalar(at offset: Int) -> UInt32? {
            let first = file.bytes[offset]
            if (first < 0x20 && first != tab) || first == 0x7F { return UInt32(first) }
            if first == 0xC2, offset + 1 < end, (0x80...0x9F).contains(file.bytes[offset + 1]) {
                return UInt32(file.bytes[offset + 1])
            }
            guard first == 0xE2, offset + 2 < end else { return nil }
            let value = 0x2000 | UInt32(file.bytes[offset + 1] & 0x3F) << 6 | UInt32(file.bytes[offset + 2] & 0x3F)
            return (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) ? value : nil
        }

        func hex(_ byte: some BinaryInteger) -> String {
            let digits = String(byte, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
}
