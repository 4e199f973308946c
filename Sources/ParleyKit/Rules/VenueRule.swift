import CivilTime

/// `venue`: a room used by more rounds at once than the venue holds (`exclusive`, `rooms`).
public struct VenueRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.venue
    public let comparesSeries = true
    public let summary = "A room is used by more rounds at once than a venue holds."
    public let explanation = """
        A venue is a place: rounds at a city (`venue tokyo "Tokyo" in JP`) never clash with one \
        another. A venue that is one room says `exclusive` under it; one with several says \
        `rooms 3` (interchangeable) or names them (`rooms garuda nusantara`), and a round may \
        then say which (`at kemlu room garuda`). Two recorded rounds (of any series, in any of \
        the files checked together) clash when they share time in the same named room, or when \
        more rounds share time at the venue than it has rooms (one for `exclusive`). Rounds are \
        compared as absolute time in the venue's zone: all-day rounds hold their days midnight \
        to midnight, timed rounds their session hours, so a morning and an afternoon session \
        on the same day do not clash. The finding is reported at the later round with a note at \
        the others.

        Example:
          venue pancasila "Jakarta" in ID
            exclusive
          round 1 on 2026-10-06 at pancasila planned      # series A, lasting 2 days
          round 3 on 2026-10-07 at pancasila planned      # series B
        reports: pancasila (Jakarta) is used twice at once: round 3 of B (2026-10-07) overlaps \
        round 1 of A (2026-10-06..2026-10-07)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for venueID in context.index.roundsByVenue.keys.sorted() {
            guard let index = context.index.roundsByVenue[venueID], let venue = context.plan.venuesByID[venueID],
                let capacity = venue.rooms.capacity
            else { continue }
            // Beyond the cap, clashes at this venue are counted, not reported one by one.
            var budget = Budget(left: context.limits.clashesEach)
            if capacity == 1 {
                findings += clashes(in: index, venue: venue, byRoom: false, context: context, budget: &budget) { _, _ in true }
            } else {
                findings += clashes(in: index, venue: venue, byRoom: true, context: context, budget: &budget) { first, second in
                    first.room != nil && first.room == second.room
                }
                findings += overfull(index, venue: venue, capacity: capacity, context: context, budget: &budget)
            }
            if budget.more > 0 {
                let message =
                    "and \(Plural.grouped(budget.more)) more clashes at \(venue.id) are not shown "
                    + "(the first \(Plural.grouped(context.limits.clashesEach)) are)"
                findings.append(Finding(.error, code: code, message: message, at: venue.location))
            }
        }
        return findings
    }

    /// How many more findings one venue may report, and how many were left out.
    private struct Budget {
        var left: Int
        var more = 0

        /// Whether one more finding may be reported (counting it as left out if not).
        mutating func take() -> Bool {
            guard left > 0 else {
                more += 1
                return false
            }
            left -= 1
            return true
        }

        /// Whether no more findings may be reported.
        var isSpent: Bool { left <= 0 }
    }

    /// One finding per pair of overlapping rounds at `venue` for which `clash` holds (the
    /// venue is one room, or, `byRoom`, both rounds name the same room), at the later round.
    /// Once the budget is spent, the rest are counted, not walked pair by pair.
    private func clashes(
        in index: IntervalIndex, venue: Venue, byRoom: Bool, context: RuleContext, budget: inout Budget,
        clash: (Occurrence, Occurrence) -> Bool
    ) -> [Finding] {
        let occurrences = context.expansion.occurrences
        var findings: [Finding] = []
        let next = index.visitOverlappingPairs(focus: context.focus) { second, firsts in
            let item = index.entries[second].item
            let later = occurrences[item]
            for first in firsts {
                let earlier = occurrences[index.entries[first].item]
                guard clash(earlier, later), context.window.contains(later.firstDay), budget.take() else { continue }
                let clashText = Clash(
                    occurrences: occurrences, earlier: index.entries[first].item, later: item, venueID: venue.id, city: venue.city,
                    room: byRoom ? later.room : nil, declared: venue.location)
                findings.append(Finding(.error, code: code, at: later.location, text: clashText))
            }
            return !budget.isSpent
        }
        guard next < index.entries.count else { return findings }
        let room: ((Int) -> String?)? = byRoom ? { occurrences[index.entries[$0].item].room } : nil
        let counts = index.earlierOverlappingCounts(focus: context.focus, key: room)
        for position in next..<index.entries.count where context.window.contains(occurrences[index.entries[position].item].firstDay) {
            budget.more += counts[position]
        }
        return findings
    }

    /// One finding per round that makes more rounds share time at `venue` than its rooms,
    /// unless a same-room clash already explains it.
    private func overfull(_ index: IntervalIndex, venue: Venue, capacity: Int, context: RuleContext, budget: inout Budget) -> [Finding] {
        let occurrences = context.expansion.occurrences
        var findings: [Finding] = []
        for position in Self.overfull(index, capacity: capacity, focus: context.focus, room: { occurrences[$0].room }) {
            let later = occurrences[index.entries[position].item]
            guard context.window.contains(later.firstDay), budget.take() else { continue }
            let others = index.earlierOverlapping(position).map { occurrences[index.entries[$0].item] }
            let described = others.map { "round \($0.number) of \($0.seriesID) (\(RoundClock.describe($0)))" }
            findings.append(
                Finding(
                    .error, code: code,
                    message:
                        "\(venue.id) (\(venue.city)) has \(Plural.count(capacity, "room")), and round \(later.number) of \(later.seriesID) (\(RoundClock.describe(later))) would be one round too many at once: it overlaps \(Plural.list(described))",
                    at: later.location,
                    notes: others.map { Finding.Note("round \($0.number) of \($0.seriesID) is here", at: $0.location) }
                        + [Finding.Note("\(venue.id)'s rooms are declared here", at: venue.location)]))
        }
        return findings
    }

    /// The positions in `index` of the rounds that start while `capacity` or more earlier
    /// rounds are still going on, none of them in the round's own room (`room` of an item),
    /// each with a side in `focus` or sharing time with a round in it. The earlier rounds all
    /// started by the round's start, so the most at once during it is how many are still
    /// going on when it starts: counted, not walked pair by pair.
    /// - Complexity: O(*n* log *n*).
    static func overfull(_ index: IntervalIndex, capacity: Int, focus: Set<Int>?, room: @escaping (Int) -> String?) -> [Int] {
        let earlier = index.earlierOverlappingCounts()
        let sameRoom = index.earlierOverlappingCounts(key: { room(index.entries[$0].item) })
        // With a focus, a round the focused ones share time with is judged by every round it overlaps.
        let judged = focus.map { index.earlierOverlappingCounts(focus: $0) }
        return index.entries.indices.filter { position in
            earlier[position] > 0 && (judged?[position] ?? 1) > 0 && sameRoom[position] == 0 && earlier[position] + 1 > capacity
        }
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
        /// The room both rounds name, when the clash is in one room of several.
        let room: String?
        /// Where the venue is declared.
        let declared: SourceLocation?

        /// `jakarta (Jakarta) is used twice at once: round 1 of id-sg (2026-10-07..2026-10-08)
        /// overlaps round 1 of id-in (2026-10-06..2026-10-08)`.
        var message: String {
            var writer = MessageWriter()
            if let room {
                writer.write("room ")
                writer.write(room)
                writer.write(" of ")
            }
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

        var suggestion: Finding.Suggestion? { nil }
    }
}
