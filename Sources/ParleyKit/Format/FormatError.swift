/// Why a file cannot be formatted: its syntax errors.
public struct FormatError: Error, Hashable, Sendable {
    /// The `input` findings.
    public let findings: [Finding]

    /// An error from its findings.
    public init(findings: [Finding]) {
        self.findings = findings
    }
}
