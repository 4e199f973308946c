import Basics

/// The output formats of `parley check --format`.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// Compiler-style lines with the source line and a caret.
    case text
    /// One JSON document (``JSONReporter``).
    case json
    /// GitHub Actions workflow commands.
    case github
    /// SARIF 2.1.0.
    case sarif

    /// The findings written in this format, visible as they are: `label` spells severities in
    /// `text` (see ``TextReporter/visibleReport(_:sources:label:)``); the `github` commands
    /// escape what they carry, and JSON escapes every control character.
    public func render(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }
    ) -> VisibleText {
        switch self {
        case .text: TextReporter.visibleReport(findings, sources: sources, label: label)
        case .json: .verbatim(JSONReporter.report(findings))
        case .github: .verbatim(GitHubReporter.report(findings))
        case .sarif: .verbatim(SARIFReporter.report(findings))
        }
    }
}
