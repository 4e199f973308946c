import CivilTime

/// `double-booked`: a person in two rounds that overlap, anywhere in all the plans checked
/// together, travel days included.
public struct DoubleBookedRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.doubleBooked
    public let comparesSeries = true
    public let summary = "A person is in two rounds at once, or has no travel day between them."
    public let explanation = """
        Every delegate of a series attends each of its recorded rounds (held, planned, \
        proposed). Rounds are compared as absolute time, so rounds in different time zones, \
        across a DST change or across the date line clash only when they really share time. \
        A delegate at a venue abroad is a guest and needs a travel day before and after the \
        round (`travel N days` on the series changes it; `travel 0 days` for none); at a venue \
        in their own country they are the host and need none. One trip serves two rounds, so \
        the days between two rounds (rounded to whole days) must be at least the larger of \
        the travel days either needs. The finding is reported at the later round, with notes \
        at the other round and at the person's place in each series' delegates. Rounds the cadence only implies are not \
        checked.

        Example:
          person id-deputy "Deputy Minister" of ID
          round 2 on 2027-03-23 at moscow planned          # series A, lasting 2 days
          round 1 on 2027-03-25 at jakarta planned          # series B
        reports: id-deputy is double-booked: round 1 of B (2027-03-25, as host in Jakarta) \
        leaves 0 days after round 2 of A (2027-03-23..2027-03-24, as a guest in Moscow), which \
        needs 1 travel day after it
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let occurrences = context.expansion.occurrences
        // Each person's pairs, grouped below by the pair of rounds so that two delegates in the
        // same two rounds give one finding.
        var pairs: [Timeline.Pair] = []
        var booked: [Booked] = []
        var people: [String] = []
        // Each person's double bookings beyond the cap are counted, not reported one by one.
        var summaries: [Finding] = []
        let window = context.window
        for person in context.index.attendancesByPerson.keys.sorted() {
            let attendances = context.index.attendances(of: person)
            let (found, more) = Timeline.pairs(
                attendances, limit: context.limits.clashesEach, focus: context.focus,
                overlapping: { window.contains(occurrences[$0.occurrence].firstDay) },
                consecutive: { $0.isDoubleBooked && window.contains(occurrences[$0.later.occurrence].firstDay) })
            if !found.isEmpty { people.append(person) }
            for pair in found {
                booked.append(
                    Booked(later: pair.later.occurrence, earlier: pair.earlier.occurrence, person: people.count - 1, pair: pairs.count))
                pairs.append(pair)
            }
            if more > 0, let declared = plan.peopleByID[person] {
                let message =
                    "and \(Plural.grouped(more)) more double bookings of \(person) are not shown "
                    + "(the first \(Plural.grouped(context.limits.clashesEach)) are)"
                summaries.append(Finding(.error, code: code, message: message, at: declared.location))
            }
        }
        // By the later round, then the earlier, then the person in id order: one run per pair of rounds.
        booked.sort()
        var findings = summaries
        var start = 0
        while start < booked.count {
            var end = start + 1
            while end < booked.count, booked[end].sameRounds(as: booked[start]) { end += 1 }
            let first = pairs[booked[start].pair]
            let booking = Booking(
                occurrences: occurrences, venues: plan.venuesByID, series: plan.seriesByID, first: first,
                people: booked[start..<end].map { people[$0.person] })
            findings.append(Finding(.error, code: code, at: occurrences[first.later.occurrence].location, text: booking))
            start = end
        }
        return findings
    }

    /// One person's pair of rounds as integers, so that sorting moves no strings: ordered by
    /// the later round, the earlier, then the person.
    private struct Booked: Comparable {
        /// The occurrences of the later and the earlier round.
        let later: Int
        let earlier: Int
        /// The person's position among the people with pairs, in id order.
        let person: Int
        /// The pair's position in the list of every person's pairs.
        let pair: Int

        func sameRounds(as other: Booked) -> Bool { later == other.later && earlier == other.earlier }

        static func < (lhs: Booked, rhs: Booked) -> Bool {
            (lhs.later, lhs.earlier, lhs.person, lhs.pair) < (rhs.later, rhs.earlier, rhs.person, rhs.pair)
        }
    }

    /// The facts of one finding, and its words.
    private struct Booking: FindingText {
        /// The check's occurrences, venues and series (shared, not copied).
        let occurrences: [Occurrence]
        let venues: [String: Venue]
        let series: [String: Series]
        /// The first delegate's pair of rounds.
        let first: Timeline.Pair
        /// Every delegate in both rounds, in id order.
        let people: [String]

        /// `id-deputy is double-booked: round 1 of id-au (2027-03-25, as host in Jakarta) leaves
        /// 0 days after round 1 of id-ru (2027-03-23..2027-03-24, as a guest in Moscow), which
        /// needs 1 travel day after it`, or `… overlaps …`.
        var message: String {
            var writer = MessageWriter()
            for (position, person) in people.enumerated() {
                if position > 0 { writer.write(", ") }
                writer.write(person)
            }
            writer.write(people.count == 1 ? " is double-booked: " : " are double-booked: ")
            write(first.later, into: &writer)
            guard let days = first.gapDays else {
                writer.write(" overlaps ")
                write(first.earlier, into: &writer)
                return writer.text
            }
            writer.write(" leaves ")
            writer.write(days)
            writer.write(" day")
            writer.writePlural(days)
            writer.write(" after ")
            write(first.earlier, into: &writer)
            let needed = first.travelDaysNeeded
            writer.write(first.earlier.travelDays >= first.later.travelDays ? ", which needs " : ", and needs ")
            writer.write(needed)
            writer.write(" travel day")
            writer.writePlural(needed)
            writer.write(first.earlier.travelDays >= first.later.travelDays ? " after it" : " before it")
            return writer.text
        }

        /// `round 1 of id-au (2027-03-25, as host in Jakarta)`.
        private func write(_ attendance: Attendance, into writer: inout MessageWriter) {
            let position = attendance.occurrence
            writer.write("round ")
            writer.write(occurrences[position].number)
            writer.write(" of ")
            writer.write(occurrences[position].seriesID)
            writer.write(" (")
            RoundClock.describe(occurrences[position], into: &writer)
            writer.write(", ")
            writer.write(attendance.describe(venues: venues))
            writer.write(")")
        }

        var notes: [Finding.Note] {
            let earlier = occurrences[first.earlier.occurrence]
            return [Finding.Note("round \(earlier.number) of \(earlier.seriesID) is here", at: earlier.location)]
                + delegates.map { Finding.Note("\($0.person) is a delegate of \($0.series) here", at: $0.location) }
        }

        var noteLocations: [SourceLocation] { [occurrences[first.earlier.occurrence].location] + delegates.map(\.location) }

        var suggestion: Finding.Suggestion? { nil }

        /// Each person's place in the delegates of the earlier round's series, then the later's.
        private var delegates: [(person: String, series: String, location: SourceLocation)] {
            let both = [occurrences[first.earlier.occurrence].seriesID, occurrences[first.later.occurrence].seriesID]
            return people.flatMap { person in
                both.compactMap { id in series[id]?.delegates.first { $0.id == person }.map { (person, id, $0.location) } }
            }
        }
    }
}
