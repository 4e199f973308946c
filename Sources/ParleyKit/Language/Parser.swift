/// Builds the indentation tree of a plan file.
///
/// A line indented deeper than the one before opens a block under it; a line indented less
/// closes blocks until its indentation matches an open one. A line that matches none is an
/// error ("expected column 3 or 1") and is placed in the nearest enclosing block, so parsing
/// carries on. Comment-only and blank lines attach to the next line with tokens as
/// ``Trivia``; blank lines at the start of the file are dropped and runs of them collapse.
public enum Parser {
    /// The tree of `file`, with every lexical and indentation error added to `sink`.
    ///
    /// - Complexity: O(*n*) in the file's length.
    public static func parse(_ file: SourceFile, into sink: inout DiagnosticSink) -> SyntaxTree {
        if file.bytes.contains(0) {
            sink.error(
                "expected a plan (UTF-8 text), found binary data (NUL bytes)",
                at: SourceLocation(file: file.path, line: 1, column: 1, offset: 0))
            return SyntaxTree(file: file, nodes: [], trailing: [])
        }
        let lines = Lexer.lex(file, into: &sink)
        var flat: [(depth: Int, node: SyntaxNode)] = []
        var indents = [0]
        var trivia: [Trivia] = []
        var seenContent = false
        for line in lines {
            if line.tokens.isEmpty {
                if let comment = line.comment {
                    trivia.append(.comment(comment))
                } else if seenContent || !trivia.isEmpty, trivia.last != .blankLine {
                    trivia.append(.blankLine)
                }
                continue
            }
            let first = line.tokens[0].location
            if line.indent > (indents.last ?? 0) {
                if seenContent {
                    indents.append(line.indent)
                } else {
                    sink.error("expected a declaration at column 1, found indentation of \(line.indent) columns", at: first)
                }
            } else {
                while indents.count > 1, line.indent < (indents.last ?? 0) { indents.removeLast() }
                if line.indent != (indents.last ?? 0) {
                    let open = indents.map { "column \($0 + 1)" }.reversed().joined(separator: " or ")
                    sink.error("indentation matches no enclosing block: expected \(open), found column \(line.indent + 1)", at: first)
                }
            }
            flat.append((indents.count - 1, SyntaxNode(tokens: line.tokens, trailingComment: line.comment, leading: trivia, children: [])))
            trivia = []
            seenContent = true
        }
        if trivia.last == .blankLine { trivia.removeLast() }
        var index = 0
        let nodes = build(flat, depth: 0, index: &index)
        return SyntaxTree(file: file, nodes: nodes, trailing: trivia)
    }

    private static func build(_ flat: [(depth: Int, node: SyntaxNode)], depth: Int, index: inout Int) -> [SyntaxNode] {
        var result: [SyntaxNode] = []
        while index < flat.count, flat[index].depth >= depth {
            let position = index
            index += 1
            let children = build(flat, depth: flat[position].depth + 1, index: &index)
            let node = flat[position].node
            // Most lines have no block under them: those are taken as they are.
            result.append(
                children.isEmpty
                    ? node
                    : SyntaxNode(tokens: node.tokens, trailingComment: node.trailingComment, leading: node.leading, children: children))
        }
        return result
    }
}
