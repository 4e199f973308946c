/// What `parley check` found, and the exit status it means.
public struct CheckResult: Sendable {
    /// Every finding (input first-class with rule findings), in report order.
    public let findings: [Finding]
    /// The occurrences checked.
    public let expansion: Expansion

    /// A result from its parts.
    public init(findings: [Finding], expansion: Expansion) {
        self.findings = findings
        self.expansion = expansion
    }

    /// How many errors.
    public var errorCount: Int { findings.count { $0.severity == .error } }
    /// How many warnings.
    public var warningCount: Int { findings.count { $0.severity == .warning } }

    /// 2 when the input is malformed, 1 when there are errors, 0 otherwise.
    public var exitCode: Int32 {
        if findings.contains(where: { $0.code == .input && $0.severity == .error }) { return 2 }
        return errorCount > 0 ? 1 : 0
    }
}
