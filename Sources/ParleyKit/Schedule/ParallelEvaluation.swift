import Basics
import CivilTime

/// Runs the evaluation of many candidate rounds on all cores (``Basics/Parallel``: threads
/// take the rounds one at a time, so a run of slow windows is shared out).
enum ParallelEvaluation {
    /// What `evaluate` gives each of `rounds`, keyed by the round's start date (days since the
    /// epoch), on up to `threads`.
    static func run<Result: Sendable>(
        _ rounds: [Round], threads: Int = Parallel.cores, _ evaluate: @escaping @Sendable (Round) -> Result
    ) -> [Int32: Result] {
        let found = Parallel.map(rounds.count, threads: threads) { evaluate(rounds[$0]) }
        return Dictionary(zip(rounds.map(\.start.date.daysSinceEpoch), found), uniquingKeysWith: { first, _ in first })
    }
}
