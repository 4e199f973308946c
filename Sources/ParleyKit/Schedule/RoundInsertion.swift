import CivilTime

/// Where `parley next --write` puts a new round line in a plan file, and how it writes it:
/// right after the last `round` line of the series (with the lines indented under it), or
/// after the series' last line when it records no round, at the indentation the file already
/// uses for that block and with the file's own line break. Nothing else in the file changes,
/// so comments and formatting are kept and the diff is the one added line.
///
/// ```
/// dialogue d "D"
///   every 12 months
///   round 1 on 2025-03-11 at jakarta held   # kept
///   round 2 on 2026-03-10 at moscow proposed   ← inserted here
///
/// # the next declaration's comment stays where it is
/// ```
public struct RoundInsertion: Hashable, Sendable {
    /// The plan file.
    public let file: String
    /// The line number the new round gets.
    public let line: Int
    /// The byte offset where the new line is inserted.
    public let offset: Int
    /// The indentation, in spaces.
    public let indent: Int
    /// The line break the file uses (`\n` or `\r\n`).
    public let lineBreak: String
    /// Whether the file lacks a final line break, so one must be written before the new line.
    public let needsLeadingBreak: Bool

    /// The insertion point for a round of `series` in `tree`, or `nil` when the series is not
    /// declared at the top level of that file.
    public static func locate(_ series: Series, in tree: SyntaxTree) -> RoundInsertion? {
        guard let node = tree.nodes.first(where: { $0.location == series.location }) else { return nil }
        let anchor = node.children.last(where: { $0.keyword.kind == .word && $0.keyword.text == "round" }) ?? node.children.last
        var last = anchor ?? node
        while let child = last.children.last { last = child }
        let endLine = last.location.line
        let source = tree.file
        let indent = (anchor?.location.column ?? node.location.column + 2) - 1
        let point = source.insertionPoint(after: endLine)
        return RoundInsertion(
            file: source.path, line: endLine + 1, offset: point.offset, indent: indent, lineBreak: point.lineBreak,
            needsLeadingBreak: point.needsLeadingBreak
        )
    }

    /// `round 4 on 2029-03-13 at moscow proposed`: the line for `round`, without indentation
    /// (``apply(_:to:)`` adds `chair …`, `covers …` and `declined by …` lines under it when it has them).
    public static func text(of round: Round) -> String {
        var text = "round \(round.number) on \(round.start)"
        if let venue = round.venue {
            text += " at \(venue.id)"
        } else if round.isVirtual {
            text += " virtual"
        }
        return text + " \(round.status.rawValue)"
    }

    /// `source` with the line for `round` inserted.
    public func apply(_ round: Round, to source: String) -> String {
        var bytes = Array(source.utf8)
        var line = needsLeadingBreak ? lineBreak : ""
        line += String(repeating: " ", count: indent) + RoundInsertion.text(of: round)
        // One more step of the file's own indentation (a series is declared at the top level,
        // so its lines sit one step in).
        let under = lineBreak + String(repeating: " ", count: indent * 2)
        if let chair = round.chair { line += under + "chair " + chair.id }
        if !round.covers.isEmpty { line += under + "covers " + round.covers.map(\.id).joined(separator: " ") }
        if !round.declinedBy.isEmpty { line += under + "declined by " + round.declinedBy.map(\.id).joined(separator: " ") }
        line += needsLeadingBreak ? "" : lineBreak
        bytes.insert(contentsOf: Array(line.utf8), at: min(offset, bytes.count))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the inserted round will be: its line and column. The offset is -1, which no
    /// parsed location has, so findings about the candidate can be told from all others.
    func candidateLocation() -> SourceLocation {
        SourceLocation(file: file, line: line, column: indent + 1, offset: -1)
    }
}
