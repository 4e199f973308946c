import Testing
@testable import ParleyKit

/// A plan text with position markers ①②③… that a diagnostics test expects findings at.
///
/// The markers are removed before parsing; each one's line and column (in Unicode scalars)
/// is remembered, so a test reads like the plan it checks.
struct MarkedSource {
    static let markers: [Character] = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"]
    let text: String
    let positions: [Character: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if MarkedSource.markers.contains(character) {
                positions[character] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }
}

/// Checks that `findings` are exactly the expected ones: each expected marker has a finding
/// there whose message contains the fragment, and nothing else was reported.
func expectFindings(
    _ findings: [Finding], in source: MarkedSource, file: String, _ expected: [(Character, String)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    var remaining = findings.filter { $0.location.file == file }
    for (marker, fragment) in expected {
        guard let position = source.positions[marker] else {
            Issue.record("marker \(marker) is not in the source", sourceLocation: sourceLocation)
            continue
        }
        if let index = remaining.firstIndex(where: { $0.location.line == position.line && $0.location.column == position.column && $0.message.contains(fragment) }) {
            remaining.remove(at: index)
        } else {
            let near = findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }.joined(separator: "\n  ")
            Issue.record("expected a finding at \(marker) \(position.line):\(position.column) containing “\(fragment)”; got:\n  \(near)", sourceLocation: sourceLocation)
        }
    }
    for finding in remaining {
        Issue.record("unexpected finding \(finding.location.line):\(finding.location.column): \(finding.message) [\(finding.code)]", sourceLocation: sourceLocation)
    }
}

/// Loads one marked plan file (plus any unmarked helper files) from memory.
func load(_ source: MarkedSource, path: String = "plan.parley", others: [String: String] = [:]) -> LoadedPlan {
    var files = others
    files[path] = source.text
    return Resolver.load([path], reader: MemoryPlanReader(files))
}
