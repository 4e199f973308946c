import Basics
import CivilTime

/// How `parley next --round N --write` moves a recorded round: its date changes on its line
/// (the time of day kept), its venue too when the host changes, a postponed round becomes
/// planned, and a `moved from OLD` line is added at the end of the lines under it. Every
/// other byte of the file (the note, comments, acknowledgements, earlier `moved from` lines,
/// the file's line breaks) stays as it was.
///
/// ```
///   round 2 on 2026-12-30 at moscow planned   # agreed in Bali
///     note "agenda: CERT cooperation"
/// ```
/// becomes
/// ```
///   round 2 on 2027-01-12 at moscow planned   # agreed in Bali
///     note "agenda: CERT cooperation"
///     moved from 2026-12-30
/// ```
public struct RoundReplacement: Hashable, Sendable {
    /// The plan file.
    public let file: String
    /// The round line's number.
    public let line: Int
    /// The date token's byte offset and length.
    let date: Range<Int>
    /// The venue part's byte range (`at jakarta` or `virtual`), or an empty range after the date.
    let place: Range<Int>
    /// The status word's byte range, when written.
    let status: Range<Int>?
    /// Where the `moved from` line goes (the start of the line after the round's block).
    let movedOffset: Int
    /// The `moved from` line's indentation, in spaces.
    let indent: Int
    /// The line break the file uses.
    let lineBreak: String
    /// Whether the file lacks a final line break after the round's block.
    let needsLeadingBreak: Bool

    /// Where `round`'s line is in `tree`, or `nil` when it is not there.
    public static func locate(_ round: Round, in tree: SyntaxTree) -> RoundReplacement? {
        guard let node = find(round.location, in: tree.nodes), node.tokens.count >= 4 else { return nil }
        let tokens = node.tokens
        let dateToken = tokens[3]
        let dateStart = dateToken.location.offset
        let date = dateStart..<(dateStart + dateToken.text.utf8.count)
        var index = 4
        var place = date.upperBound..<date.upperBound
        if index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].text == "at" {
            let venue = tokens[index + 1]
            place = tokens[index].location.offset..<(venue.location.offset + venue.text.utf8.count)
            index += 2
        } else if index < tokens.count, tokens[index].kind == .word, tokens[index].text == "virtual" {
            place = tokens[index].location.offset..<(tokens[index].location.offset + tokens[index].text.utf8.count)
            index += 1
        }
        var status: Range<Int>?
        if index < tokens.count, tokens[index].kind == .word, RoundStatus(rawValue: tokens[index].text) != nil {
            status = tokens[index].location.offset..<(tokens[index].location.offset + tokens[index].text.utf8.count)
        }
        var last = node
        while let child = last.children.last { last = child }
        let source = tree.file
        let endLine = last.location.line
        let indent = (node.children.first?.location.column ?? node.location.column + 2) - 1
        let point = source.insertionPoint(after: endLine)
        return RoundReplacement(
            file: source.path, line: round.location.line, date: date, place: place, status: status, movedOffset: point.offset,
            indent: indent,
            lineBreak: point.lineBreak, needsLeadingBreak: point.needsLeadingBreak)
    }

    private static func find(_ location: SourceLocation, in nodes: [SyntaxNode]) -> SyntaxNode? {
        // Nodes are in line order, each node's lines before its next sibling's: only the last
        // node starting on or before the line can hold it (a binary search at each level).
        let after = nodes.partitioningIndex { $0.location.line > location.line }
        guard after > nodes.startIndex else { return nil }
        let node = nodes[after - 1]
        return node.location == location ? node : find(location, in: node.children)
    }

    /// `source` with `original` moved to `moved`'s start and venue.
    public func apply(moving original: Round, to moved: Round, in source: String) -> String {
        var bytes = Array(source.utf8)
        var moveLine = "\(String(repeating: " ", count: indent))moved from \(original.start.date)"
        moveLine = needsLeadingBreak ? lineBreak + moveLine : moveLine + lineBreak
        // Applied from the end of the file backwards, so that earlier offsets stay valid.
        var edits: [(Range<Int>, String)] = [(movedOffset..<movedOffset, moveLine)]
        if original.status == .postponed, moved.status != .postponed, let status { edits.append((status, moved.status.rawValue)) }
        if moved.venue?.id != original.venue?.id || moved.isVirtual != original.isVirtual {
            var text = moved.venue.map { "at \($0.id)" } ?? (moved.isVirtual ? "virtual" : "")
            if place.isEmpty, !text.isEmpty { text = " " + text }
            var range = place
            // Removing the venue also removes the space before it.
            if text.isEmpty, !place.isEmpty { range = (place.lowerBound - 1)..<place.upperBound }
            edits.append((range, text))
        }
        edits.append((date, "\(moved.start)"))
        for (range, text) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
            bytes.replaceSubrange(clamped, with: Array(text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
