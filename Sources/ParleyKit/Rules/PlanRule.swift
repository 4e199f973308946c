/// A check `parley check` runs over a resolved plan.
///
/// Each rule lives in its own file with its stable ``code`` (the `[code]` in text output,
/// `ruleId` in SARIF, the argument of `--explain`), a one-line ``summary``, a longer
/// ``explanation`` and the messages it emits. Rules are values: they read the
/// ``RuleContext`` and return findings, so they can run in any order or in parallel.
///
/// The structural rules (`cadence`, `gap`, `host`, `order`, `blackout`) need only the plan.
/// Calendar-aware rules (`holiday`, `weekend`, `observance`, `busy`, `double-booked`, …)
/// plug in the same way: they read the calendars a later ``RuleContext`` carries and the
/// occurrences of ``RuleContext/expansion``, and are added to ``RuleCatalog/all``.
public protocol PlanRule: Sendable {
    /// The stable code (`cadence`).
    var code: FindingCode { get }
    /// One line saying what the rule finds.
    var summary: String { get }
    /// What the rule checks, how to configure it, and an example, for `--explain`.
    var explanation: String { get }
    /// Whether the rule compares rounds of different series that share nothing but time (a
    /// person, a venue): a probe of one candidate round runs such rules on every round near
    /// it, the others only on its own series and those ordered after it.
    var comparesSeries: Bool { get }
    /// The findings of this rule in `context`, in any order.
    func check(_ context: RuleContext) -> [Finding]
}

extension PlanRule {
    /// Most rules look at one series at a time (and the series ordered after it).
    public var comparesSeries: Bool { false }
}
