extension RoundListing {
    /// What falls due because of each recorded round of `plan`: the rounds other series owe
    /// after it under their `within N days after` lines (``Obligation``), one sentence each:
    /// `id-jp-x owes a round from 2026-03-11 to 2026-05-09 (within 60 days after id-jp): recorded`.
    /// Pass it as the `due` of ``init(plan:expansion:findings:window:seriesIDs:due:)``.
    public static func obligationsDue(in plan: Plan) -> (RoundEntry) -> [String] {
        var owed: [String: [Int: [String]]] = [:]
        for series in plan.series {
            for obligation in series.obligations(in: plan) {
                let state = obligation.isMet ? "recorded" : "not recorded"
                owed[obligation.leaderID, default: [:]][obligation.leading.number, default: []].append(
                    "\(obligation.seriesID) owes a round from \(obligation.opens) to \(obligation.due.date) (\(obligation.ruleText)): \(state)"
                )
            }
        }
        return { entry in entry.isImplied || owed.isEmpty ? [] : owed[entry.reference.series.id]?[entry.number] ?? [] }
    }
}
