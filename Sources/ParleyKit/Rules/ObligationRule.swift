import CivilTime

/// `obligation`: a round of a leading series whose `within N days after` window has passed
/// without a round of the follow-up series (see ``Obligation``).
///
/// Reported at the leading round (so `acknowledge obligation` goes under it) when the leading
/// round starts inside the window and its follow-up window closed before today. A leading round
/// that is stale (still planned or proposed after it ended) is left to the `stale` rule, and a
/// follow-up round recorded outside the window is left to the `order` rule, so one cause gives
/// one finding.
public struct ObligationRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.obligation
    public let summary = "A round that a `within N days after` line obliges was not recorded in its window."
    public let explanation = """
        `within N days after SERIES` on a series (an exchange that follows a dialogue) obliges \
        a round of it after every round of SERIES that takes place: starting after that \
        round's last day, at the latest N days after it. Once that day is before today and no \
        round of the series (held, planned or proposed) starts in the window, the leading \
        round is reported, with the day the follow-up was due. A `paused` stretch of the \
        follow-up series suspends the clock: a window that a pause begins in closes N days \
        after the pause's last day. Record the follow-up (as held, if it took place), or \
        acknowledge the finding under the leading round (`acknowledge obligation because \
        "…"`). While the window is open, `parley next` for the follow-up series searches \
        inside it. Add `soft` to the `within` line to make findings warnings.

        Example:
          dialogue d "…"
            round 2 on 2026-03-10 held      # lasting 2 days: ends 2026-03-11
          exchange x "…"
            within 60 days after d
        with --today 2026-06-01 reports:
          round 2 of d ended 2026-03-11: within 60 days after d obliges a round of x by 2026-05-10, and none is recorded
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series where series.rules.contains(where: { if case .within = $0.kind { true } else { false } }) {
            for obligation in series.obligations(in: context.plan) {
                guard !obligation.isMet, !obligation.hasFollower, obligation.due.date < context.today,
                    context.window.contains(obligation.leading.start.date),
                    let leader = context.plan.seriesByID[obligation.leaderID], !leader.isStale(obligation.leading, asOf: context.today)
                else { continue }
                findings.append(finding(obligation, series: series))
            }
        }
        return findings
    }

    private func finding(_ obligation: Obligation, series: Series) -> Finding {
        let round = obligation.leading
        var notes = [Finding.Note("the obligation is declared here (\(series.id))", at: obligation.rule.location)]
        if let pause = obligation.due.pause {
            notes.append(
                Finding.Note("the pause of \(series.id) declared here moves the window to after \(pause.through)", at: pause.location))
        }
        return Finding(
            obligation.rule.severity, code: code,
            message:
                "round \(round.number) of \(obligation.leaderID) ended \(obligation.ended): \(obligation.ruleText) obliges a round of \(series.id) by \(obligation.due.date), and none is recorded",
            at: round.location, notes: notes,
            suggestion: Finding.Suggestion(
                "record the round of \(series.id) held between \(obligation.opens) and \(obligation.due.date) (mark it held), or acknowledge under round \(round.number) of \(obligation.leaderID) why there was none ('acknowledge obligation because \"…\"')"
            ))
    }
}
