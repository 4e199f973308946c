import CivilTime

/// `blackout`: a round touching a declared blackout window (elections, summits) of everyone
/// or of a country that is a partner of the series or hosts the round.
public struct BlackoutRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.blackout
    public let summary = "A round falls on a declared blackout day (an election, a summit)."
    public let explanation = """
        `blackout DATE` or `blackout FROM..TO`, optionally `for COUNTRY` and with a reason in \
        quotes, declares days no round may touch: for everyone, or for rounds of series the \
        country is a partner of and rounds hosted in it. Every day of a round counts (its \
        `lasting` days). Implied rounds are not checked. Add `soft` to the blackout to make findings warnings.

        Example:
          blackout 2024-02-14 for ID "Indonesian general election"
          round 4 on 2024-02-13 at jakarta planned   # lasting 2 days
        reports: round 4 of d (2024-02-13..2024-02-14) falls in the blackout 2024-02-14 for ID: Indonesian general election
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        guard !plan.blackouts.isEmpty else { return [] }
        var findings: [Finding] = []
        for occurrence in context.expansion.occurrences where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
            // The partners alone, not a copy of the whole series for every round.
            guard let partners = plan.seriesByID[occurrence.seriesID]?.partners else { continue }
            var countries = partners.map(\.id)
            if let venue = occurrence.venueID, let country = plan.venuesByID[venue]?.country.id, !countries.contains(country) {
                countries.append(country)
            }
            let applicable = plan.blackoutsForEveryone + countries.flatMap { plan.blackoutsByCountry[$0] ?? [] }
            for blackout in applicable where blackout.overlaps(occurrence.firstDay, occurrence.lastDay) {
                let span =
                    occurrence.firstDay == occurrence.lastDay ? "\(occurrence.firstDay)" : "\(occurrence.firstDay)..\(occurrence.lastDay)"
                let window = blackout.from == blackout.through ? "\(blackout.from)" : "\(blackout.from)..\(blackout.through)"
                let whose = blackout.country.map { " for \($0.id)" } ?? ""
                let reason = blackout.reason.map { ": \($0)" } ?? ""
                findings.append(
                    Finding(
                        blackout.severity, code: code,
                        message:
                            "round \(occurrence.number) of \(occurrence.seriesID) (\(span)) falls in the blackout \(window)\(whose)\(reason)",
                        at: occurrence.location, notes: [Finding.Note("the blackout is declared here", at: blackout.location)]))
            }
        }
        return findings
    }
}
