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

    /// The findings written in this format; `label` spells severities in `text` (see
    /// ``TextReporter/report(_:sources:label:)``).
    public func render(_ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }) -> String
    {
        switch self {
        case .text: TextReporter.report(findings, sources: sources, label: label)
        case .json: JSONReporter.report(findings)
        case .github: GitHubReporter.report(findings)
        case .sarif: SARIFReporter.report(findings)
        }
    }
}
