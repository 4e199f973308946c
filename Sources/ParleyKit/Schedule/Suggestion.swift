import CivilTime

/// One window `parley next` proposes: the round it would record, what it satisfies and what
/// it costs.
public struct Suggestion: Hashable, Sendable {
    /// 1 for the best.
    public let rank: Int
    /// The round as it would be recorded (`proposed`, at the insertion point of `--write`).
    public let round: Round
    /// When the round would meet: its days and sessions (the same ``RoundTime`` the rules
    /// and the feeds read).
    public let time: RoundTime
    /// The visiting delegates' travel days.
    public let travel: [TravelPlan]
    /// What the window gets right, in words.
    public let satisfies: [String]
    /// What it costs, most expensive first.
    public let costs: [Cost]

    /// A suggestion from its parts.
    public init(rank: Int, round: Round, time: RoundTime, travel: [TravelPlan], satisfies: [String], costs: [Cost]) {
        self.rank = rank
        self.round = round
        self.time = time
        self.travel = travel
        self.satisfies = satisfies
        self.costs = costs
    }

    /// The first day.
    public var firstDay: LocalDate { time.firstDay }
    /// The last day.
    public var lastDay: LocalDate { time.lastDay }
    /// The score: the sum of the costs' points (lower is better).
    public var score: Int { costs.reduce(0) { $0 + $1.points } }

    /// The same suggestion at another rank.
    func ranked(_ rank: Int) -> Suggestion {
        Suggestion(rank: rank, round: round, time: time, travel: travel, satisfies: satisfies, costs: costs)
    }
}
