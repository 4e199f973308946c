/// The result of loading plan files: the resolved plan, every `input` finding, and the
/// sources and syntax trees (for carets in text output and for `parley fmt`).
public struct LoadedPlan: Sendable {
    /// The resolved plan. Declarations with errors in their own line are left out;
    /// declarations with dangling references are kept, and rules skip what they cannot look up.
    public let plan: Plan
    /// Every `input` finding, in report order.
    public let findings: [Finding]
    /// The files read, by path.
    public let sources: [String: SourceFile]
    /// The syntax trees, in load order; empty when loaded without them
    /// (``Resolver/load(_:reader:keepingTrees:)``).
    public let trees: [SyntaxTree]

    /// A loaded plan from its parts.
    public init(plan: Plan, findings: [Finding], sources: [String: SourceFile], trees: [SyntaxTree]) {
        self.plan = plan
        self.findings = findings
        self.sources = sources
        self.trees = trees
    }

    /// Whether any input was malformed.
    public var hasInputErrors: Bool { findings.contains { $0.severity == .error } }
}
