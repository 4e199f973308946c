/// A position in a plan file: 1-based line and column, plus the byte offset.
///
/// Columns count Unicode scalars from the start of the line (SARIF's `unicodeCodePoints`),
/// so `"Jakarta—Moscow" x` puts `x` at column 18 whatever the encoding; ``offset`` counts
/// UTF-8 bytes from the start of the file.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it (or as a `use` resolved it).
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column in Unicode scalars, from 1.
    public let column: Int
    /// Bytes from the start of the file, from 0.
    public let offset: Int

    /// A location from its parts.
    public init(file: String, line: Int, column: Int, offset: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:column`, as compilers print it.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
