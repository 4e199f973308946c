import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// The shortcuts of a check's search (``ScheduleSearch/firstPassing(top:)``: dates tried from
/// the ideal one outwards, the conflict rules run only where the series' own rules accept a
/// window or where they can still change the rules that reject the most, the counts kept as
/// windows become known) give what the slow obvious search gives: every window of every stage
/// evaluated with every rule (``Evaluation/search(_:strict:)``), the first stage that ranks a
/// window passing every rule taken, else the rules that reject the most windows of the last.
@Suite struct SearchShortcutTests {
    /// The slow search: each stage in full, strict, until one ranks a window.
    static func reference(_ search: ScheduleSearch) -> (best: Suggestion?, blockers: [RejectionGroup]) {
        var evaluation = search.evaluation
        var blockers: [RejectionGroup] = []
        for step in search.steps {
            let (ranked, rejections) = evaluation.search(step, strict: true)
            if let best = ranked.first { return (best, []) }
            blockers = rejections
        }
        return (nil, Array(blockers.prefix(2)))
    }

    static func describe(_ groups: [RejectionGroup]) -> [String] {
        groups.map { "\($0.code) \($0.windows) \($0.exampleDate) \($0.example)" }
    }

    /// Compares both searches for every round of `loaded` that can be re-planned; returns how many.
    static func compareEveryRound(_ loaded: LoadedPlan, today: LocalDate, reader: (any PlanReader)?, label: String) -> Int {
        var searched = 0
        for series in loaded.plan.series {
            for round in series.rounds where round.status != .held && round.status != .cancelled {
                let request = NextRequest(seriesID: series.id, today: today, round: round.number, reader: reader)
                guard var search = try? ScheduleSearch(plan: loaded.plan, trees: loaded.trees, series: series, request: request)
                else { continue }
                let slow = reference(search)
                let (best, _, blockers) = search.firstPassing(top: 2)
                searched += 1
                let context = "\(label): round \(round.number) of \(series.id)"
                #expect(best?.round.start == slow.best?.round.start, "\(context)")
                #expect(best?.score == slow.best?.score, "\(context)")
                #expect(best?.costs.map(\.message) == slow.best?.costs.map(\.message), "\(context)")
                #expect(describe(blockers) == describe(slow.blockers), "\(context)")
            }
        }
        return searched
    }

    @Test(arguments: Array(UInt64(1)...UInt64(24)))
    func firstPassingIsTheFullSearchsAnswer(seed: UInt64) throws {
        let loaded = ReplanningTests.load(ReplanningTests.plan(seed: seed))
        try #require(!loaded.hasInputErrors)
        #expect(Self.compareEveryRound(loaded, today: ReplanningTests.today, reader: nil, label: "seed \(seed)") > 0)
    }

    /// A plan with a follower, a shared delegate with a busy calendar, and blackouts.
    @Test func firstPassingIsTheFullSearchsAnswerInTangledHistory() throws {
        let reader = MemoryPlanReader(ScheduleProbeTests.tangled)
        let loaded = Resolver.load(["t"], reader: reader)
        try #require(!loaded.hasInputErrors)
        #expect(Self.compareEveryRound(loaded, today: ScheduleProbeTests.today, reader: reader, label: "tangled") >= 4)
    }
}
