/// One agenda topic of a series as the year page lists it: the rounds that covered it and
/// where it stands at the series' next round (``Series/roundsWithout(_:in:)`` over the rounds
/// that took place or are still ahead, as `parley next` counts them).
public struct TopicCoverage: Sendable {
    /// Where a topic stands at the next round.
    public enum State: String, Sendable {
        /// Covered recently enough, or not under a `cover` rule.
        case covered
        /// The next round must cover it, or the topic lapses.
        case due
        /// Uncovered for as many rounds as its rule allows or more already.
        case overdue
    }

    /// The series.
    public let seriesID: String
    /// The topic.
    public let topic: Topic
    /// The most rounds its `cover` rule lets pass without it, when a rule covers it.
    public let every: Int?
    /// The numbers of the rounds that cover it (held, planned or proposed), in order.
    public let coveredBy: [Int]
    /// Where it stands at the next round.
    public let state: State

    /// The coverage of each topic of `series` at its next round, in topic order; `meetings`
    /// are its rounds that took place or are still ahead, in order.
    static func of(_ series: Series, meetings: [Round]) -> [TopicCoverage] {
        let rules = Dictionary(series.coverRequirements.map { ($0.topic.id, $0.rounds) }, uniquingKeysWith: { first, _ in first })
        return series.topics.map { topic in
            var state = State.covered
            if let every = rules[topic.id] {
                let without = series.roundsWithout(topic, in: meetings)
                state = without >= every ? .overdue : without + 1 >= every ? .due : .covered
            }
            return TopicCoverage(
                seriesID: series.id, topic: topic, every: rules[topic.id],
                coveredBy: meetings.filter { $0.covers.contains { $0.id == topic.id } }.map(\.number), state: state)
        }
    }
}
