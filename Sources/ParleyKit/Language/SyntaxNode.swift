/// One logical line of a plan with the indented lines under it: the language's whole syntax
/// tree is made of these, and the declaration reader gives them meaning.
///
/// ```
/// dialogue id-ru "…"          ← node, tokens [dialogue, id-ru, "…"]
///   every 12 months           ← child
///   round 1 on 2017-03-22     ← child
///     note "…"                ← grandchild
/// ```
public struct SyntaxNode: Hashable, Sendable {
    /// The tokens; never empty.
    public let tokens: [Token]
    /// The comment at the end of the line.
    public let trailingComment: Comment?
    /// The comments and blank lines just above the line.
    public let leading: [Trivia]
    /// The lines indented under it.
    public let children: [SyntaxNode]

    /// A node from its parts.
    public init(tokens: [Token], trailingComment: Comment?, leading: [Trivia], children: [SyntaxNode]) {
        self.tokens = tokens
        self.trailingComment = trailingComment
        self.leading = leading
        self.children = children
    }

    /// The first token, which is the line's keyword.
    public var keyword: Token { tokens[0] }

    /// Where the line's first token starts.
    public var location: SourceLocation { keyword.location }
}
