/// What a check found: every finding and the occurrences checked. What the findings mean for
/// a process's exit status is the caller's decision.
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

    /// Whether some input could not be read or understood (an `input` error), so the rules
    /// did not see the whole plan.
    public var hasInputErrors: Bool {
        findings.contains { $0.code == .input && $0.severity == .error }
    }
}
