/// A parsed plan file: its top-level nodes and the comments after the last one.
public struct SyntaxTree: Hashable, Sendable {
    /// The file.
    public let file: SourceFile
    /// The top-level lines (declarations) with their blocks.
    public let nodes: [SyntaxNode]
    /// Comments and blank lines after the last line with tokens.
    public let trailing: [Trivia]

    /// A tree from its parts.
    public init(file: SourceFile, nodes: [SyntaxNode], trailing: [Trivia]) {
        self.file = file
        self.nodes = nodes
        self.trailing = trailing
    }
}
