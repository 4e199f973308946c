import CivilTime

/// `double-booked`: a person in two rounds that overlap, anywhere in all the plans checked
/// together, travel days included.
public struct DoubleBookedRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = "double-booked"
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
        at the other round and at the person's place in each series' delegates; the \
        suggestion is the nearest start date on either side, within a year, that clashes \
        with none of the delegates' other rounds. Rounds the cadence only implies are not \
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
        // Group by the pair of rounds so that two delegates in the same two rounds give one finding.
        var byPair: [Pair: Group] = [:]
        for person in context.index.attendancesByPerson.keys.sorted() {
            for pair in Timeline.pairs(context.index.attendances(of: person)) where pair.isDoubleBooked {
                guard context.window.contains(occurrences[pair.later.occurrence].firstDay) else { continue }
                let key = Pair(earlier: pair.earlier.occurrence, later: pair.later.occurrence)
                if byPair[key]?.people.append(person) == nil { byPair[key] = Group(first: pair, people: [person]) }
            }
        }
        // A round double-booked against several others gets the same suggestion each time: search once.
        var cleanByOccurrence: [Int: NearestClean] = [:]
        return byPair.keys.sorted().compactMap { key in
            guard let group = byPair[key] else { return nil }
            let position = key.later
            let clean = cleanByOccurrence[position] ?? nearestClean(occurrences[position], position: position, context: context)
            cleanByOccurrence[position] = clean
            let booking = Booking(
                occurrences: occurrences, venues: plan.venuesByID, series: plan.seriesByID, first: group.first, people: group.people, clean: clean)
            return Finding(.error, code: code, at: occurrences[position].location, text: booking)
        }
    }

    private struct Pair: Hashable, Comparable {
        let earlier: Int
        let later: Int
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.later, lhs.earlier) < (rhs.later, rhs.earlier) }
    }

    /// The delegates double-booked by one pair of rounds, and the first one's pair.
    private struct Group {
        let first: Timeline.Pair
        var people: [String]
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
        let clean: NearestClean

        var message: String {
            let earlier = occurrences[first.earlier.occurrence]
            let later = occurrences[first.later.occurrence]
            let who = people.count == 1 ? "\(people[0]) is" : "\(people.joined(separator: ", ")) are"
            let laterSide = "round \(later.number) of \(later.seriesID) (\(RoundClock.describe(later)), \(first.later.describe(venues: venues)))"
            let earlierSide = "round \(earlier.number) of \(earlier.seriesID) (\(RoundClock.describe(earlier)), \(first.earlier.describe(venues: venues)))"
            guard let days = first.gapDays else { return "\(who) double-booked: \(laterSide) overlaps \(earlierSide)" }
            let needed = first.travelDaysNeeded
            let needy = first.earlier.travelDays >= first.later.travelDays ? "which needs \(needed) travel day\(needed == 1 ? "" : "s") after it" : "and needs \(needed) travel day\(needed == 1 ? "" : "s") before it"
            return "\(who) double-booked: \(laterSide) leaves \(days) day\(days == 1 ? "" : "s") after \(earlierSide), \(needy)"
        }

        var notes: [Finding.Note] {
            let earlier = occurrences[first.earlier.occurrence]
            return [Finding.Note("round \(earlier.number) of \(earlier.seriesID) is here", at: earlier.location)]
                + delegates.map { Finding.Note("\($0.person) is a delegate of \($0.series) here", at: $0.location) }
        }

        var noteLocations: [SourceLocation] { [occurrences[first.earlier.occurrence].location] + delegates.map(\.location) }

        var suggestion: Finding.Suggestion? {
            let later = occurrences[first.later.occurrence]
            return clean.suggestion(round: later.number, from: later.firstDay, clearOf: "its delegates' other rounds")
        }

        /// Each person's place in the delegates of the earlier round's series, then the later's.
        private var delegates: [(person: String, series: String, location: SourceLocation)] {
            let both = [occurrences[first.earlier.occurrence].seriesID, occurrences[first.later.occurrence].seriesID]
            return people.flatMap { person in
                both.compactMap { id in series[id]?.delegates.first { $0.id == person }.map { (person, id, $0.location) } }
            }
        }
    }

    /// The nearest start dates at which every delegate of the round is free.
    private func nearestClean(_ occurrence: Occurrence, position: Int, context: RuleContext) -> NearestClean {
        let people = context.plan.seriesByID[occurrence.seriesID]?.delegates.map(\.id) ?? []
        let delegates = people.compactMap { person -> (Attendance, Timeline.Others)? in
            let list = context.index.attendances(of: person)
            guard let own = list.first(where: { $0.occurrence == position }) else { return nil }
            return (own, Timeline.Others(list.filter { $0.occurrence != position }))
        }
        let zone = RoundClock.zone(occurrence.timezone)
        return context.nearestClean(around: occurrence.firstDay) { start in
            let range = RoundClock.range(of: occurrence, startingOn: start, in: zone)
            return !delegates.contains { own, others in others.clashes(range, allDay: own.isAllDay, travelDays: own.travelDays) }
        }
    }
}
