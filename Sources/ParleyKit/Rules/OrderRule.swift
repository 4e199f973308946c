import Basics
import CivilTime

/// `order`: a round of a series that must follow another (`within 90 days after id-ru-iis`)
/// that does not start within that many days after the end of the other's latest round.
public struct OrderRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.order
    public let summary = "A round does not fall within its window after the series it follows."
    public let explanation = """
        `within N days after SERIES` on a series (typically an exchange following a dialogue) \
        expects each of its rounds to start after the last day of the most recent round of \
        SERIES and no more than N days after it. A `paused` stretch of the series suspends the \
        clock: a window that a pause begins in ends N days after the pause's last day. The \
        suggestion is the latest date the window allows, or the day after the other round \
        ends. Add `soft` to make findings warnings. A round of SERIES with no round of this \
        series after it at all is the `obligation` rule's.

        Example:
          exchange cert "CERT workshop"
            within 90 days after iis
            round 1 on 2026-09-01 planned
        with iis's latest round on 2026-03-10..2026-03-11 reports:
          round 1 of cert on 2026-09-01 is 174 days after round 1 of iis ended (2026-03-11): expected within 90 days, by 2026-06-09
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            for rule in series.rules {
                guard case .within(let days, let otherReference) = rule.kind,
                    let other = context.plan.seriesByID[otherReference.id], other.id != series.id
                else { continue }
                let theirs = other.meetings
                let ruleNote = Finding.Note("the order rule is declared here", at: rule.location)
                for round in series.meetings where context.window.contains(round.start.date) {
                    let date = round.start.date
                    let following = theirs.partitioningIndex { $0.start.date > date }
                    guard following > 0 else {
                        let next = theirs.first.flatMap { $0.start.date.adding(days: other.lastingDays) }
                        findings.append(
                            Finding(
                                rule.severity, code: code,
                                message:
                                    "round \(round.number) of \(series.id) on \(date) comes before any round of \(other.id): expected within \(Plural.count(days, "day")) after one",
                                at: round.location, notes: [ruleNote],
                                suggestion: next.map { Finding.Suggestion("move round \(round.number) to \($0) or later", date: $0) }))
                        continue
                    }
                    let before = theirs[following - 1]
                    guard let ended = other.lastDay(startingOn: before.start.date), let dayAfter = ended.adding(days: 1),
                        let deadline = series.deadline(Span(days, .days), after: ended)
                    else { continue }
                    let limit = deadline.date
                    let beforeNote = Finding.Note("round \(before.number) of \(other.id) is here", at: before.location)
                    if date <= ended {
                        findings.append(
                            Finding(
                                rule.severity, code: code,
                                message:
                                    "round \(round.number) of \(series.id) on \(date) starts before round \(before.number) of \(other.id) ends (\(ended)): expected within \(Plural.count(days, "day")) after it",
                                at: round.location, notes: [beforeNote, ruleNote],
                                suggestion: Finding.Suggestion("move round \(round.number) to \(dayAfter) or later", date: dayAfter)))
                    } else if date > limit {
                        findings.append(
                            Finding(
                                rule.severity, code: code,
                                message:
                                    "round \(round.number) of \(series.id) on \(date) is \(Plural.count(ended.days(until: date), "day")) after round \(before.number) of \(other.id) ended (\(ended)): expected within \(Plural.count(days, "day")), by \(limit)",
                                at: round.location, notes: [beforeNote, ruleNote] + pauseNote(deadline),
                                suggestion: Finding.Suggestion("move round \(round.number) to \(limit) or earlier", date: limit)))
                    }
                }
            }
        }
        return findings
    }

    /// The note pointing at the pause that moved the window's end, when one did.
    private func pauseNote(_ deadline: Series.Deadline) -> [Finding.Note] {
        guard let pause = deadline.pause else { return [] }
        return [
            Finding.Note("the pause declared here suspends the clock: the window ends counting from \(pause.through)", at: pause.location)
        ]
    }
}
