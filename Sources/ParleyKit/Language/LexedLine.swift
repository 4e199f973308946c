/// One physical line after lexing: its indentation, tokens and trailing comment.
public struct LexedLine: Hashable, Sendable {
    /// The line number, from 1.
    public let number: Int
    /// The indentation in columns (a tab, which is an error, counts as two).
    public let indent: Int
    /// The tokens, empty for blank and comment-only lines.
    public let tokens: [Token]
    /// The comment ending the line, if any.
    public let comment: Comment?

    /// A lexed line from its parts.
    public init(number: Int, indent: Int, tokens: [Token], comment: Comment?) {
        self.number = number
        self.indent = indent
        self.tokens = tokens
        self.comment = comment
    }

    /// Whether the line has neither tokens nor comment.
    public var isBlank: Bool { tokens.isEmpty && comment == nil }
}
