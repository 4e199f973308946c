import CivilTime

/// `venue`: a venue used by two rounds at once.
public struct VenueRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.venue
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
            let venue = context.plan.venuesByID[venueID]
            var cleanByItem: [Int: NearestClean] = [:]
            var reported = 0
            var more = 0
            for (first, second) in index.overlappingPairs() {
                let item = index.entries[second].item
                let later = occurrences[item]
                guard context.window.contains(later.firstDay) else { continue }
                // Beyond the cap, clashes at this venue are counted, not reported one by one.
                guard reported < context.limits.clashesEach else {
                    more += 1
                    continue
                }
                reported += 1
                // A round that overlaps several others gets the same suggestion each time: search once.
                let clean: NearestClean
                if let known = cleanByItem[item] {
                    clean = known
                } else {
                    let zone = RoundClock.zone(later.timezone)
                    clean = context.nearestClean(around: later.firstDay) { start in
                        !index.containsOverlap(with: RoundClock.range(of: later, startingOn: start, in: zone)) { $0.item != item }
                    }
                    cleanByItem[item] = clean
                }
                let clash = Clash(
                    occurrences: occurrences, earlier: index.entries[first].item, later: item, venueID: venueID,
                    city: venue?.city ?? venueID, declared: venue?.location, clean: clean)
                findings.append(Finding(.error, code: code, at: later.location, text: clash))
            }
            if more > 0, let declared = venue?.location {
                let message =
                    "and \(Plural.grouped(more)) more rounds at once at \(venueID) are not shown "
                    + "(the first \(Plural.grouped(context.limits.clashesEach)) are)"
                findings.append(Finding(.error, code: code, message: message, at: declared))
            }
        }
        return findings
    }

    /// The facts of one finding, and its words.
    private struct Clash: FindingText {
        /// The check's occurrences (shared, not copied).
        let occurrences: [Occurrence]
        /// The positions of the two rounds in ``occurrences``.
        let earlier: Int
        let later: Int
        let venueID: String
        let city: String
        /// Where the venue is declared.
        let declared: SourceLocation?
        let clean: NearestClean

        /// `jakarta (Jakarta) is used twice at once: round 1 of id-sg (2026-10-07..2026-10-08)
        /// overlaps round 1 of id-in (2026-10-06..2026-10-08)`.
        var message: String {
            var writer = MessageWriter()
            writer.write(venueID)
            writer.write(" (")
            writer.write(city)
            writer.write(") is used twice at once: ")
            write(later, into: &writer)
            writer.write(" overlaps ")
            write(earlier, into: &writer)
            return writer.text
        }

        /// `round 1 of id-sg (2026-10-07..2026-10-08)` for the occurrence at `position`.
        private func write(_ position: Int, into writer: inout MessageWriter) {
            writer.write("round ")
            writer.write(occurrences[position].number)
            writer.write(" of ")
            writer.write(occurrences[position].seriesID)
            writer.write(" (")
            RoundClock.describe(occurrences[position], into: &writer)
            writer.write(")")
        }

        var notes: [Finding.Note] {
            let earlier = occurrences[earlier]
            var notes = [Finding.Note("round \(earlier.number) of \(earlier.seriesID) is here", at: earlier.location)]
            if let declared { notes.append(Finding.Note("\(venueID) is declared here", at: declared)) }
            return notes
        }

        var noteLocations: [SourceLocation] { [occurrences[earlier].location] + (declared.map { [$0] } ?? []) }

        var suggestion: Finding.Suggestion? {
            let later = occurrences[later]
            return clean.suggestion(round: later.number, from: later.firstDay, clearOf: "other rounds at \(venueID)")
        }
    }
}
