extension Checker {
    /// The codes whose findings weigh a round against the other rounds of its series (or of
    /// the series it follows): with one of them unreadable, they would report its absence.
    static let sequenceCodes: Set<FindingCode> = [.cadence, .gap, .host, .order, .obligation]

    /// A line of a file.
    private struct FileLine: Hashable {
        let file: String
        let line: Int
    }

    /// `findings` without the knock-ons of malformed input, which the `input` error already
    /// explains: no finding on, or pointing at, a line that has an `input` error (a host
    /// finding that rests on `hosts alternate jakrta moscow`), and in a series with a
    /// malformed `round` line, no finding of ``sequenceCodes`` that is, or points, inside the
    /// series (a round dated `2026-02-30` is not also "overdue … none is recorded").
    static func withoutKnockOns(_ findings: [Finding], loaded: LoadedPlan) -> [Finding] {
        let errorLines = Set(
            loaded.findings.filter { $0.code == .input && $0.severity == .error }.map {
                FileLine(file: $0.location.file, line: $0.location.line)
            })
        guard !errorLines.isEmpty else { return findings }
        var brokenSeries: [String: [ClosedRange<Int>]] = [:]
        for tree in loaded.trees {
            let file = tree.file.path
            for node in tree.nodes {
                guard let keyword = Keywords.TopLevel(rawValue: node.keyword.text), keyword == .dialogue || keyword == .exchange
                else { continue }
                let hasBrokenRound = node.children.contains { child in
                    child.keyword.text == Keywords.SeriesProperty.round.rawValue
                        && lines(of: child).contains { errorLines.contains(FileLine(file: file, line: $0)) }
                }
                if hasBrokenRound {
                    brokenSeries[file, default: []].append(node.location.line...(lines(of: node).max() ?? node.location.line))
                }
            }
        }
        func isInBrokenSeries(_ location: SourceLocation) -> Bool {
            brokenSeries[location.file]?.contains { $0.contains(location.line) } ?? false
        }
        return findings.filter { finding in
            guard finding.code != .input else { return true }
            let locations = [finding.location] + finding.noteLocations
            if locations.contains(where: { errorLines.contains(FileLine(file: $0.file, line: $0.line)) }) { return false }
            guard sequenceCodes.contains(finding.code), !brokenSeries.isEmpty else { return true }
            return !locations.contains(where: isInBrokenSeries)
        }
    }

    /// The lines of `node` and of every line under it.
    private static func lines(of node: SyntaxNode) -> [Int] {
        var lines = [node.location.line]
        var pending = node.children
        while let next = pending.popLast() {
            lines.append(next.location.line)
            pending += next.children
        }
        return lines
    }
}
