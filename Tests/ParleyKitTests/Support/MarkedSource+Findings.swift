import TestSupport
import Testing

@testable import ParleyKit

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
        if let index = remaining.firstIndex(where: {
            $0.location.line == position.line && $0.location.column == position.column && $0.message.contains(fragment)
        }) {
            remaining.remove(at: index)
        } else {
            let near = findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }.joined(separator: "\n  ")
            Issue.record(
                "expected a finding at \(marker) \(position.line):\(position.column) containing “\(fragment)”; got:\n  \(near)",
                sourceLocation: sourceLocation)
        }
    }
    for finding in remaining {
        Issue.record(
            "unexpected finding \(finding.location.line):\(finding.location.column): \(finding.message) [\(finding.code)]",
            sourceLocation: sourceLocation)
    }
}

/// Loads one marked plan file (plus any unmarked helper files) from memory.
func load(_ source: MarkedSource, path: String = "plan.parley", others: [String: String] = [:]) -> LoadedPlan {
    var files = others
    files[path] = source.text
    return Resolver.load([path], reader: MemoryPlanReader(files))
}
