/// How much a finding matters: errors fail `parley check`, warnings fail it only under `--strict`.
public enum Severity: String, Hashable, Comparable, Sendable, CaseIterable {
    /// Informational; never fails a check.
    case note
    /// A broken `soft` rule.
    case warning
    /// A broken hard rule, or malformed input.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
