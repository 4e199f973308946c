/// Walks the tokens of one line for the declaration reader, remembering where the line ends
/// so that "found the end of the line" can point just past the last token.
struct Cursor {
    let tokens: [Token]
    var index: Int
    /// Set after the first error on the line, so one mistake gives one message.
    var failed = false

    init(_ node: SyntaxNode, from index: Int = 1) {
        tokens = node.tokens
        self.index = index
    }

    var current: Token? { index < tokens.count ? tokens[index] : nil }
    var isAtEnd: Bool { index >= tokens.count }

    /// Where the next token is, or just past the last one.
    var location: SourceLocation {
        if let token = current { return token.location }
        let last = tokens[tokens.count - 1]
        return SourceLocation(
            file: last.location.file, line: last.location.line, column: last.location.column + last.width,
            offset: last.location.offset + last.text.utf8.count
        )
    }

    /// How an error message names what is next.
    var found: String { current?.quoted ?? "the end of the line" }

    mutating func next() -> Token? {
        guard let token = current else { return nil }
        index += 1
        return token
    }

    /// Consumes the next token when it is the word `word`.
    mutating func accept(_ word: String) -> Bool {
        guard let token = current, token.kind == .word, token.text == word else { return false }
        index += 1
        return true
    }
}
