import Basics
import CivilTime

/// Runs a ``CandidateProbe`` over many candidate rounds on all cores (``Basics/Parallel``:
/// threads take the rounds one at a time, so a run of slow windows is shared out).
enum ParallelEvaluation {
    /// The findings `probe` gives each of `rounds` (``CandidateProbe/findings(for:)`` by
    /// default), keyed by the round's start date (days since the epoch), on up to `threads`.
    static func run(
        _ rounds: [Round], probe: CandidateProbe, threads: Int = Parallel.cores,
        _ findings: @escaping @Sendable (CandidateProbe, Round) -> [Finding] = { $0.findings(for: $1) }
    ) -> [Int32: [Finding]] {
        let found = Parallel.map(rounds.count, threads: threads) { findings(probe, rounds[$0]) }
        return Dictionary(zip(rounds.map(\.start.date.daysSinceEpoch), found), uniquingKeysWith: { first, _ in first })
    }
}
