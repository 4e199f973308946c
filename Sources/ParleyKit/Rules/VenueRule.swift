import CivilTime

/// `venue`: a venue used by two rounds at once.
public struct VenueRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = "venue"
    public let summary = "A venue is used by two rounds at once."
    public let explanation = """
        Two recorded rounds (of any series, in any of the files checked together) at the same \
        venue must not share time. Rounds are compared as absolute time in the venue's zone: \
        all-day rounds hold their days midnight to midnight, timed rounds their session hours, \
        so a morning and an afternoon session on the same day do not clash. The finding is \
        reported at the later round with a note at the other; the suggestion is the nearest \
        start date on either side, within a year, when the venue is free.

        Example:
          round 1 on 2026-10-06 at jakarta planned      # series A, lasting 2 days
          round 3 on 2026-10-07 at jakarta planned      # series B
        reports: jakarta (Jakarta) is used twice at once: round 3 of B (2026-10-07) overlaps \
        round 1 of A (2026-10-06..2026-10-07)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let occurrences = context.expansion.occurrences
        var findings: [Finding] = []
        for venueID in context.index.roundsByVenue.keys.sorted() {
            guard let index = context.index.roundsByVenue[venueID] else { continue }
            let city = context.plan.venuesByID[venueID]?.city ?? venueID
            var cleanByItem: [Int: NearestClean] = [:]
            for (first, second) in index.overlappingPairs() {
                let earlier = occurrences[index.entries[first].item]
                let later = occurrences[index.entries[second].item]
                guard context.window.contains(later.firstDay) else { continue }
                let item = index.entries[second].item
                // A round that overlaps several others gets the same suggestion each time: search once.
                let clean = cleanByItem[item] ?? context.nearestClean(around: later.firstDay) { start in
                    !index.overlapping(RoundClock.range(of: later, startingOn: start)).contains { $0.item != item }
                }
                cleanByItem[item] = clean
                var notes = [Finding.Note("round \(earlier.number) of \(earlier.seriesID) is here", at: earlier.location)]
                if let venue = context.plan.venuesByID[venueID] { notes.append(Finding.Note("\(venueID) is declared here", at: venue.location)) }
                findings.append(
                    Finding(
                        .error, code: code,
                        message: "\(venueID) (\(city)) is used twice at once: round \(later.number) of \(later.seriesID) (\(RoundClock.describe(later))) overlaps round \(earlier.number) of \(earlier.seriesID) (\(RoundClock.describe(earlier)))",
                        at: later.location, notes: notes,
                        suggestion: clean.suggestion(round: later.number, from: later.firstDay, clearOf: "other rounds at \(venueID)")))
            }
        }
        return findings
    }
}
