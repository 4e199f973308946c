/// `agenda`: a topic of a series left uncovered for as many consecutive rounds as its
/// `cover` rule allows (``Series/coverLapses(in:)``).
public struct AgendaRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.agenda
    public let summary = "An agenda topic has gone uncovered for more rounds than the series' cover rule allows."
    public let explanation = """
        A series declares its topics (`topic policies "Exchange of national policies"`), or \
        takes up those of a shared `agenda iis "Title"` declared in a file it uses \
        (`topics iis`), and its rounds say which they took up (`covers policies certs` under a round). \
        `cover each topic every N rounds` asks every topic to be covered at least once in \
        every N consecutive rounds; `cover T every N rounds` asks it of one topic (and wins \
        over `each`). Only rounds that take place count (held, planned, proposed): a \
        postponed or cancelled round covers nothing and is not counted, and a `paused` \
        stretch has no rounds, so the count runs on across it. `from round K` on a topic \
        makes it owed from round K on. The finding is at the round that closes an uncovered \
        stretch, once per stretch; rounds the cadence implies but the plan does not record \
        are where a topic can still be covered, so `parley next` lists the topics due at the \
        proposed round and `--write` records them (`covers …`). Add `soft` for warnings.

        Example:
          topic policies "Exchange of national policies"
          cover each topic every 2 rounds
          round 1 on 2024-03-10 held
            covers policies
          round 2 on 2025-03-12 held
          round 3 on 2026-03-11 planned
        reports: topic policies of d is not covered in rounds 2 and 3 (every 2 rounds); last covered at round 1 (2024-03-10)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series where !series.topics.isEmpty {
            for lapse in series.coverLapses(in: series.meetings) where context.window.contains(lapse.round.start.date) {
                findings.append(finding(lapse, in: series))
            }
        }
        return findings
    }

    private func finding(_ lapse: Series.CoverLapse, in series: Series) -> Finding {
        let topic = lapse.requirement.topic
        let every = lapse.requirement.rounds
        let rounds =
            lapse.first.number == lapse.round.number
            ? "round \(lapse.round.number)"
            : every == 2 ? "rounds \(lapse.first.number) and \(lapse.round.number)" : "rounds \(lapse.first.number)–\(lapse.round.number)"
        let last =
            lapse.lastCovered.map { "last covered at round \($0.number) (\($0.start.date))" }
            ?? (topic.fromRound.map { "not covered since it was added at round \($0)" } ?? "never covered")
        var notes = [Finding.Note("the cover rule is here", at: lapse.requirement.rule.location)]
        if let covered = lapse.lastCovered { notes.append(Finding.Note("round \(covered.number) covered it", at: covered.location)) }
        let interval = every == 1 ? "every round" : "every \(every) rounds"
        return Finding(
            lapse.requirement.rule.severity, code: code,
            message: "topic \(topic.id) of \(series.id) is not covered in \(rounds) (\(interval)); \(last)", at: lapse.round.location,
            notes: notes,
            suggestion: Finding.Suggestion("add 'covers \(topic.id)' under round \(lapse.round.number)"))
    }
}
