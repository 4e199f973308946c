import CivilTime

/// `stale`: a round whose last day is before today but is still `planned` or `proposed`.
///
/// The plan does not say whether it took place; `parley next` counts it as if it did not
/// (``Series/meetings(asOf:)``), and the `obligation` rule waits for the answer.
public struct StaleRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.stale
    public let summary = "A round is over but still planned or proposed: did it take place?"
    public let explanation = """
        A round whose last day is before today and whose status is still `planned` or \
        `proposed` is a warning: the plan does not say whether it took place. Mark it `held` \
        if it did, `postponed` if it is to be held later, or `cancelled`. Until then \
        `parley next` does not count it (it counts rounds that took place or are still \
        ahead), and a `within N days after` obligation from it is not reported. The day is \
        `--today` (by default today in UTC).

        Example:
          round 2 on 2026-03-10 planned
        with --today 2026-06-01 reports:
          round 2 of d (2026-03-10) is over but still planned: did it take place? mark it held, postponed or cancelled
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            for round in series.rounds where context.window.contains(round.start.date) && series.isStale(round, asOf: context.today) {
                let last = series.lastDay(startingOn: round.start.date) ?? round.start.date
                let days = last == round.start.date ? "\(last)" : "\(round.start.date)..\(last)"
                findings.append(
                    Finding(
                        .warning, code: code,
                        message:
                            "round \(round.number) of \(series.id) (\(days)) is over but still \(round.status.rawValue): did it take place? mark it held, postponed or cancelled",
                        at: round.location,
                        suggestion: Finding.Suggestion(
                            "write 'held' on round \(round.number) if it took place, else 'postponed' or 'cancelled'")))
            }
        }
        return findings
    }
}
