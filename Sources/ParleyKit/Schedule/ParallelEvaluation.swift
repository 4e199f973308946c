import CivilTime
import Dispatch
import Foundation
import Synchronization

/// Runs a ``CandidateProbe`` over many candidate rounds on all cores.
///
/// The rounds are dealt into stripes (four per core, every fourth-per-core round in each, so
/// that a run of slow windows is shared out); each worker evaluates whole stripes and stores
/// its results once per stripe under a lock. `DispatchQueue.concurrentPerform` returns when
/// every stripe is done.
enum ParallelEvaluation {
    /// The findings of each of `rounds`, keyed by the round's start date (days since the epoch).
    static func run(_ rounds: [Round], probe: CandidateProbe) -> [Int32: [Finding]] {
        guard rounds.count > 1 else {
            return Dictionary(rounds.map { ($0.start.date.daysSinceEpoch, probe.findings(for: $0)) }, uniquingKeysWith: { first, _ in first })
        }
        let results = Mutex<[Int32: [Finding]]>([:])
        let chunks = min(rounds.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var local: [(Int32, [Finding])] = []
            var index = chunk
            while index < rounds.count {
                local.append((rounds[index].start.date.daysSinceEpoch, probe.findings(for: rounds[index])))
                index += chunks
            }
            results.withLock { table in
                for (key, found) in local { table[key] = found }
            }
        }
        return results.withLock { $0 }
    }
}
