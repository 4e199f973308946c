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

    /// The findings written in this format.
    public func render(_ findings: [Finding], sources: [String: SourceFile]) -> String {
        switch self {
        case .text: TextReporter.report(findings, sources: sources)
        case .json: JSONReporter.report(findings)
        case .github: GitHubReporter.report(findings)
        case .sarif: SARIFReporter.report(findings)
        }
    }
}
