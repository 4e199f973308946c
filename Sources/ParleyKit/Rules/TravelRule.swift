import CivilTime

/// `travel`: back-to-back rounds for the same person in different cities with less time
/// between them than the travel allowance.
public struct TravelRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.travel
    public let comparesSeries = true
    public let summary = "A person has back-to-back rounds in different cities with too little time to travel between them."
    public let explanation = """
        For each delegate, each round held at a venue is compared with the delegate's round \
        before it (if also at a venue). The days between them (rounded to whole days, so a \
        time-zone difference does not count) must be at least the allowance for the distance: \
        the same city needs none; another city in the same country, or another country, needs \
        1 day, or the larger `travel N days` of the two series. Pairs that already break the \
        travel days of `double-booked` (a guest's day before and after a round abroad) are \
        left to that rule. Findings are warnings, reported at the later round.

        Example:
          venue jakarta "Jakarta" in ID
          venue surabaya "Surabaya" in ID
          round 1 on 2026-10-06 at jakarta planned      # series A
          round 1 on 2026-10-07 at surabaya planned     # series B, same delegate
        reports: id-director has 0 days to travel from Jakarta (round 1 of A, 2026-10-06) to \
        Surabaya (round 1 of B, 2026-10-07): travel within Indonesia needs 1 day
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let occurrences = context.expansion.occurrences
        var findings: [Finding] = []
        for person in context.index.attendancesByPerson.keys.sorted() {
            let list = context.index.attendances(of: person)
            for pair in Timeline.pairs(
                list, limit: .max, focus: context.focus, overlapping: { _ in false }, consecutive: { !$0.isDoubleBooked }
            ).pairs {
                guard let days = pair.gapDays, let from = pair.earlier.venueID.flatMap({ plan.venuesByID[$0] }),
                    let to = pair.later.venueID.flatMap({ plan.venuesByID[$0] })
                else { continue }
                let earlier = occurrences[pair.earlier.occurrence]
                let later = occurrences[pair.later.occurrence]
                let needed = allowance(from: from, to: to, earlier: earlier, later: later, plan: plan)
                guard days < needed, context.window.contains(later.firstDay) else { continue }
                let distance =
                    from.country.id == to.country.id
                    ? "travel within \(plan.countriesByID[from.country.id]?.name ?? from.country.id)"
                    : "travel from \(from.country.id) to \(to.country.id)"
                findings.append(
                    Finding(
                        .warning, code: code,
                        message:
                            "\(person) has \(days) day\(days == 1 ? "" : "s") to travel from \(from.city) (round \(earlier.number) of \(earlier.seriesID), \(RoundClock.describe(earlier))) to \(to.city) (round \(later.number) of \(later.seriesID), \(RoundClock.describe(later))): \(distance) needs \(needed) day\(needed == 1 ? "" : "s")",
                        at: later.location,
                        notes: [Finding.Note("round \(earlier.number) of \(earlier.seriesID) is here", at: earlier.location)]
                            + delegateNotes(person, earlier, later, plan: plan)))
            }
        }
        return findings
    }

    /// Notes at `person`'s place in the delegates of both rounds' series.
    private func delegateNotes(_ person: String, _ earlier: Occurrence, _ later: Occurrence, plan: Plan) -> [Finding.Note] {
        [earlier.seriesID, later.seriesID].compactMap { series in
            plan.seriesByID[series]?.delegates.first { $0.id == person }.map {
                Finding.Note("\(person) is a delegate of \(series) here", at: $0.location)
            }
        }
    }

    /// The days needed between a round at `from` and the next at `to`: none in the same city,
    /// otherwise the larger `travel N days` of the two series (default 1).
    func allowance(from: Venue, to: Venue, earlier: Occurrence, later: Occurrence, plan: Plan) -> Int {
        guard from.id != to.id, from.city != to.city || from.country.id != to.country.id else { return 0 }
        let days = [earlier.seriesID, later.seriesID].map { plan.seriesByID[$0]?.travelDays ?? 1 }
        return days.max() ?? 1
    }
}
