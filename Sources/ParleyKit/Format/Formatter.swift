/// The canonical form of a plan file, for `parley fmt`.
///
/// - two spaces of indentation per block level;
/// - one space between tokens, none before a comma;
/// - strings re-quoted with only `\"` and `\\` escaped;
/// - full-line comments kept above the line they preceded, at its indentation; end-of-line
///   comments kept after one space; comment text kept as written;
/// - runs of blank lines collapsed to one, none at the start or end; one final newline.
///
/// Formatting is idempotent: the canonical form of a canonical file is itself, because the
/// tree of the output is the tree of the input.
public enum Formatter {
    /// The canonical text of `tree`. Only meaningful when the file parsed without errors:
    /// use ``format(_:path:)`` to get the errors instead.
    public static func format(_ tree: SyntaxTree) -> String {
        var output = ""
        for node in tree.nodes { write(node, depth: 0, into: &output) }
        writeTrivia(tree.trailing, depth: 0, into: &output)
        return output
    }

    /// The canonical text of `text`, or the syntax errors that prevent formatting it
    /// (tabs, unterminated strings, bad escapes, control characters, bad indentation).
    public static func format(_ text: String, path: String) -> Result<String, FormatError> {
        var sink = DiagnosticSink()
        let tree = Parser.parse(SourceFile(path: path, text: text), into: &sink)
        guard !sink.hasErrors else { return .failure(FormatError(findings: sink.all)) }
        return .success(format(tree))
    }

    private static func write(_ node: SyntaxNode, depth: Int, into output: inout String) {
        writeTrivia(node.leading, depth: depth, into: &output)
        output += String(repeating: "  ", count: depth)
        for (index, token) in node.tokens.enumerated() {
            if index > 0, token.kind != .comma { output += " " }
            output += token.canonical
        }
        if let comment = node.trailingComment { output += " #" + comment.text }
        output += "\n"
        for child in node.children { write(child, depth: depth + 1, into: &output) }
    }

    private static func writeTrivia(_ trivia: [Trivia], depth: Int, into output: inout String) {
        for item in trivia {
            switch item {
            case .blankLine:
                if !output.isEmpty, !output.hasSuffix("\n\n") { output += "\n" }
            case .comment(let comment):
                output += String(repeating: "  ", count: depth) + "#" + comment.text + "\n"
            }
        }
    }
}
