import CivilTime

/// `gap`: consecutive rounds closer or further apart than the series allows
/// (`gap at least 6 months`, `gap at most 18 months`), measured start to start.
public struct GapRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.gap
    public let summary = "Two consecutive rounds are closer, or further apart, than the series allows."
    public let explanation = """
        `gap at least N days|weeks|months|years` and `gap at most N …` on a series bound the \
        time from the start of one round that takes place to the start of the next. A `paused` \
        stretch suspends the clock: a bound that a pause begins before counts from the pause's \
        last day instead. Add `soft` to make a finding a warning. The suggestion is the \
        nearest date the bound allows.

        Example:
          gap at least 6 months
          round 1 on 2026-01-10 held
          round 2 on 2026-04-01 planned
        reports: round 2 of d on 2026-04-01 is 81 days after round 1 (2026-01-10): gap at least 6 months needs 2026-07-10 or later
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            let bounds = series.rules.compactMap { rule -> (Span, Bool, RuleSpec)? in
                switch rule.kind {
                case .gapAtLeast(let span): (span, true, rule)
                case .gapAtMost(let span): (span, false, rule)
                default: nil
                }
            }
            guard !bounds.isEmpty else { continue }
            let meetings = series.meetings
            for (previous, round) in zip(meetings, meetings.dropFirst()) where context.window.contains(round.start.date) {
                let date = round.start.date
                let days = previous.start.date.days(until: date)
                for (span, atLeast, rule) in bounds {
                    guard let deadline = series.deadline(span, after: previous.start.date) else { continue }
                    let limit = deadline.date
                    let broken = atLeast ? date < limit : date > limit
                    guard broken else { continue }
                    let side = atLeast ? "or later" : "or earlier"
                    findings.append(
                        Finding(
                            rule.severity, code: code,
                            message:
                                "round \(round.number) of \(series.id) on \(date) is \(Plural.count(days, "day")) after round \(previous.number) (\(previous.start.date)): gap at \(atLeast ? "least" : "most") \(span) needs \(limit) \(side)",
                            at: round.location,
                            notes: [
                                Finding.Note("round \(previous.number) is here", at: previous.location),
                                Finding.Note("the gap rule is declared here", at: rule.location),
                            ] + pauseNote(deadline, span: span),
                            suggestion: Finding.Suggestion("move round \(round.number) to \(limit) \(side)", date: limit)))
                }
            }
        }
        return findings
    }

    /// The note pointing at the pause that restarted the clock, when one did.
    private func pauseNote(_ deadline: Series.Deadline, span: Span) -> [Finding.Note] {
        guard let pause = deadline.pause else { return [] }
        return [
            Finding.Note(
                "the pause declared here suspends the clock: \(span) counts from its last day, \(pause.through)", at: pause.location)
        ]
    }
}
