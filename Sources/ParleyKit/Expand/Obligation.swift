import Basics
import CivilTime

/// A round a series owes: `within N days after SERIES` obliges a round of the follow-up
/// series after every round of the leading series that takes place, starting after the
/// leading round's last day and no later than N days after it (pauses of the follow-up
/// series honoured, ``Series/deadline(_:after:)``).
///
/// ```
/// exchange x "…"
///   within 60 days after d        # round 2 of d ends 2026-03-11: x owes a round by 2026-05-10
/// ```
public struct Obligation: Hashable, Sendable {
    /// The follow-up series' id (the one that owes the round).
    public let seriesID: String
    /// The leading series' id.
    public let leaderID: String
    /// The leading round.
    public let leading: Round
    /// The leading round's last day; the owed round starts after it.
    public let ended: LocalDate
    /// The last day the owed round may start, and the pause that moved it, if any.
    public let due: Series.Deadline
    /// The `within` line.
    public let rule: RuleSpec
    /// Whether a recorded round of the follow-up series (held, planned or proposed) starts in
    /// the window.
    public let isMet: Bool
    /// Whether a recorded round of the follow-up series is measured from this leading round
    /// by the order rule (it starts on or after the leading round's first day and before the
    /// next leading round), whether or not it is in the window.
    public let hasFollower: Bool

    /// The first day the owed round may start.
    public var opens: LocalDate { ended.adding(days: 1) ?? ended }

    /// `within 60 days after d`, as written.
    public var ruleText: String {
        guard case .within(let days, _) = rule.kind else { return "within" }
        return "within \(Plural.count(days, "day")) after \(leaderID)"
    }
}

extension Series {
    /// Every round this series owes under its `within N days after` lines, one per round of
    /// the leading series that takes place, in the leading series' order.
    ///
    /// - Complexity: O((*l* + *f*) log *f*) per `within` line for *l* leading and *f* own rounds
    ///   (own starts sorted once, each leading round found by binary search).
    public func obligations(in plan: Plan) -> [Obligation] {
        var result: [Obligation] = []
        guard rules.contains(where: { if case .within = $0.kind { true } else { false } }) else { return result }
        let starts = meetings.map(\.start.date)
        for rule in rules {
            guard case .within(let days, let reference) = rule.kind, let leader = plan.seriesByID[reference.id], leader.id != id
            else { continue }
            let leading = leader.meetings
            for (index, round) in leading.enumerated() {
                guard let ended = leader.lastDay(startingOn: round.start.date),
                    let due = deadline(Span(days, .days), after: ended)
                else { continue }
                let first = starts.partitioningIndex { $0 > ended }
                let isMet = first < starts.count && starts[first] <= due.date
                let measured = starts.partitioningIndex { $0 >= round.start.date }
                let nextLeading = index + 1 < leading.count ? leading[index + 1].start.date : nil
                let hasFollower = measured < starts.count && nextLeading.map { starts[measured] < $0 } ?? true
                result.append(
                    Obligation(
                        seriesID: id, leaderID: leader.id, leading: round, ended: ended, due: due, rule: rule, isMet: isMet,
                        hasFollower: hasFollower))
            }
        }
        return result
    }
}
