import Basics

extension RoundListing {
    /// What falls due because of each recorded round of `plan`: the rounds other series owe
    /// after it under their `within N days after` lines (``Obligation``), one sentence each:
    /// `id-jp-x owes a round from 2026-03-11 to 2026-05-09 (within 60 days after id-jp): recorded`.
    /// Pass it as the `due` of ``init(plan:expansion:findings:window:seriesIDs:due:)``.
    public static func obligationsDue(in plan: Plan) -> (RoundEntry) -> [String] {
        // Written in stripes of series on every core, gathered in plan order.
        let written = Parallel.mapStripes(plan.series.count) { stripe in
            plan.series[stripe].flatMap { series in
                series.obligations(in: plan).map { obligation in
                    let state = obligation.isMet ? "recorded" : "not recorded"
                    return (
                        leader: obligation.leaderID, number: obligation.leading.number,
                        text:
                            "\(obligation.seriesID) owes a round from \(obligation.opens) to \(obligation.due.date) (\(obligation.ruleText)): \(state)"
                    )
                }
            }
        }
        var owed: [String: [Int: [String]]] = [:]
        for (leader, number, text) in written.joined() { owed[leader, default: [:]][number, default: []].append(text) }
        return { entry in entry.isImplied || owed.isEmpty ? [] : owed[entry.reference.series.id]?[entry.number] ?? [] }
    }
}
