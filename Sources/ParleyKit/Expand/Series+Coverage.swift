/// The agenda owed by a series: which topics its rounds covered and which fall due.
///
/// Only rounds that take place count (held, planned, proposed; see ``Series/meetings``):
/// a postponed or cancelled round covers nothing and is not counted, and a `paused`
/// stretch has no rounds, so the count runs on across it. A topic with `from round N`
/// is owed from the first round numbered N or later.
extension Series {
    /// One topic's requirement: covered at least once in every `rounds` consecutive rounds.
    public struct CoverRequirement: Hashable, Sendable {
        /// The topic.
        public let topic: Topic
        /// The most consecutive rounds that may pass with the topic covered in none.
        public let rounds: Int
        /// The `cover` line.
        public let rule: RuleSpec
    }

    /// A stretch of rounds in which a topic went uncovered for as many rounds as its rule allows.
    public struct CoverLapse: Hashable, Sendable {
        /// The requirement broken.
        public let requirement: CoverRequirement
        /// The round that closes the stretch (the last that could have covered it).
        public let round: Round
        /// The first round of the stretch.
        public let first: Round
        /// The last round that covered the topic before the stretch, if any.
        public let lastCovered: Round?
    }

    /// The requirements of its `cover` lines, in topic order: a line for one topic wins over
    /// `cover each topic`.
    public var coverRequirements: [CoverRequirement] {
        var each: RuleSpec?
        var one: [String: RuleSpec] = [:]
        for rule in rules {
            guard case .cover(let topic, _) = rule.kind else { continue }
            if let topic { one[topic.id] = one[topic.id] ?? rule } else { each = each ?? rule }
        }
        return topics.compactMap { topic in
            guard let rule = one[topic.id] ?? each, case .cover(_, let rounds) = rule.kind else { return nil }
            return CoverRequirement(topic: topic, rounds: rounds, rule: rule)
        }
    }

    /// Every stretch of `rounds` (its rounds that take place, in order) where a topic went
    /// uncovered for as many consecutive rounds as its rule allows; one per stretch, at the
    /// round that closes it.
    ///
    /// - Complexity: O(*t* × *r*) for *t* topics and *r* rounds.
    public func coverLapses(in meetings: [Round]) -> [CoverLapse] {
        var lapses: [CoverLapse] = []
        for requirement in coverRequirements {
            let topic = requirement.topic.id
            let from = requirement.topic.fromRound ?? 0
            // The stretch by index into `meetings`, so no round is copied until one is reported.
            var first: Int?
            var length = 0
            var lastCovered: Int?
            for index in meetings.indices where meetings[index].number >= from {
                if meetings[index].covers.contains(where: { $0.id == topic }) {
                    (first, length, lastCovered) = (nil, 0, index)
                    continue
                }
                length += 1
                if first == nil { first = index }
                if length == requirement.rounds, let first {
                    lapses.append(
                        CoverLapse(
                            requirement: requirement, round: meetings[index], first: meetings[first],
                            lastCovered: lastCovered.map { meetings[$0] }))
                }
            }
        }
        return lapses
    }

    /// The topics due at a new round numbered `number` after `meetings` (the rounds that
    /// take place before it, in order): those that would lapse if it did not cover them.
    public func topicsDue(after meetings: [Round], number: Int) -> [Topic] {
        coverRequirements.compactMap { requirement in
            guard number >= (requirement.topic.fromRound ?? 0) else { return nil }
            return roundsWithout(requirement.topic, in: meetings) + 1 >= requirement.rounds ? requirement.topic : nil
        }
    }

    /// How many of `meetings` (in order) since the last that covered `topic` owed it and did
    /// not cover it: as many as its rule allows or more means the topic is overdue.
    public func roundsWithout(_ topic: Topic, in meetings: [Round]) -> Int {
        var uncovered = 0
        for round in meetings.reversed() where round.number >= (topic.fromRound ?? 0) {
            if round.covers.contains(where: { $0.id == topic.id }) { break }
            uncovered += 1
        }
        return uncovered
    }
}
