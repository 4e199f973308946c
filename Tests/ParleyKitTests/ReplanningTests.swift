import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// `parley check`'s suggestions and `parley next --round`'s re-planning are one search: on
/// seeded random plans, every date check suggests passes check once applied, and is the date
/// `next --round` ranks first; `--write` changes only the date, the venue and a `moved from` line.
@Suite struct ReplanningTests {
    static let today = ISO8601.date("2026-01-05") ?? .minimum

    static let header = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country JP "Japan"
          timezone Asia/Tokyo
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue tokyo "Tokyo" in JP
        venue moscow "Moscow" in RU
        person id-a "Director A" of ID
        person id-b "Director B" of ID
        person jp-a "Director C" of JP
        person ru-a "Director D" of RU

        """

    /// A plan of two or three series with random rules and rounds, some of them clashing.
    static func plan(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        let pairs: [(String, String, String, String, String)] = [
            ("ID", "JP", "jakarta", "tokyo", "id-a jp-a"), ("ID", "RU", "jakarta", "moscow", "id-a ru-a"),
            ("JP", "RU", "tokyo", "moscow", "jp-a ru-a"),
        ]
        var text = header
        for index in 0..<Int.random(in: 2...3, using: &random) {
            let (a, b, va, vb, delegates) = pairs[index]
            text += "dialogue s\(index) \"Track \(index)\"\n  partners \(a) \(b)\n"
            let months = Bool.random(using: &random) ? 6 : 12
            if Bool.random(using: &random) { text += "  every \(months) months\n" }
            text += "  lasting \(Int.random(in: 1...3, using: &random)) days\n"
            switch Int.random(in: 0...2, using: &random) {
            case 0: text += "  hosts alternate \(va) \(vb)\n"
            case 1: text += "  host \(va)\n"
            default: break
            }
            let extra = Bool.random(using: &random) ? " id-b" : ""
            text += "  delegates \(delegates)\(extra)\n"
            if Bool.random(using: &random) { text += "  avoid weekends\n" }
            if Bool.random(using: &random) { text += "  avoid holidays\n" }
            if Bool.random(using: &random) { text += "  gap at least 4 months\n" }
            var day = ISO8601.date("2025-03-03") ?? today
            for number in 1...Int.random(in: 2...4, using: &random) {
                let venue = Bool.random(using: &random) ? va : vb
                let proposed = Bool.random(using: &random)
                let status: String = day < today ? "held" : (proposed ? "proposed" : "planned")
                text += "  round \(number) on \(day) at \(venue) \(status)\n"
                day = day.adding(days: Int.random(in: 120...400, using: &random)) ?? day
            }
            text += "\n"
        }
        return text
    }

    static func load(_ text: String) -> LoadedPlan {
        Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": text]))
    }

    static func check(_ loaded: LoadedPlan) -> [Finding] {
        Checker.check(loaded, options: CheckOptions(today: today)).findings
    }

    /// The errors of `findings` as (line, code), leaving out those about the round at `line`;
    /// lines after `inserted` (a line added by the move) are counted as before it was added.
    static func errors(_ findings: [Finding], apartFrom line: Int, inserted: Int = .max) -> Set<String> {
        var result: Set<String> = []
        for finding in findings where finding.severity == .error && finding.location.line != line {
            guard !finding.notes.contains(where: { $0.location.line == line }) else { continue }
            let at = finding.location.line > inserted ? finding.location.line - 1 : finding.location.line
            result.insert("\(at) \(finding.code.rawValue)")
        }
        return result
    }

    /// The number of the first line of `updated` that `original` does not have after `line`.
    static func insertedLine(_ original: String, _ updated: String, after line: Int) -> Int {
        let old = original.split(separator: "\n", omittingEmptySubsequences: false)
        let new = updated.split(separator: "\n", omittingEmptySubsequences: false)
        var index = line
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        return index + 1
    }

    /// Whether `next` accepted `suggestion` only in a widened stage, with a `cadence` error.
    static func breaksCadence(_ suggestion: Suggestion) -> Bool {
        suggestion.costs.contains { $0.code == FindingCode.cadence && $0.points == Cost.relaxedCadencePoints }
    }

    @Test(arguments: Array(UInt64(1)...UInt64(16)))
    func everySuggestedDatePassesCheckAndIsNextsBest(seed: UInt64) throws {
        let text = Self.plan(seed: seed)
        let loaded = Self.load(text)
        try #require(!loaded.hasInputErrors, "seed \(seed): \(loaded.findings.map(\.message))")
        let findings = Self.check(loaded)
        var rounds: [ParleyKit.SourceLocation: (Series, Round)] = [:]
        for series in loaded.plan.series { for round in series.rounds { rounds[round.location] = (series, round) } }
        var seen: Set<ParleyKit.SourceLocation> = []
        for finding in findings where finding.severity != .note {
            guard let (series, round) = rounds[finding.location], seen.insert(finding.location).inserted else { continue }
            guard round.status != RoundStatus.held else {
                #expect(finding.suggestion == nil, "seed \(seed): a held round cannot move: \(finding.suggestion?.message ?? "")")
                continue
            }
            let suggestion = try #require(finding.suggestion, "seed \(seed): round \(round.number) of \(series.id) has no suggestion")
            // Every finding at the round carries the same suggestion.
            for other in findings where other.location == finding.location && other.severity != .note {
                #expect(other.suggestion == suggestion)
            }
            let proposal = try Scheduler.propose(
                loaded, request: NextRequest(seriesID: series.id, today: Self.today, round: round.number))
            let passing = proposal.suggestions.filter { !Self.breaksCadence($0) }
            guard let date = suggestion.date else {
                #expect(passing.isEmpty, "seed \(seed): check found no date for round \(round.number) of \(series.id), next did")
                continue
            }
            if let top = proposal.suggestions.first, !Self.breaksCadence(top) {
                #expect(
                    top.firstDay == date,
                    "seed \(seed): check suggests \(date) for round \(round.number) of \(series.id), next \(top.firstDay)")
            }
            let chosen = try #require(proposal.suggestions.first { $0.firstDay == date }, "seed \(seed): next does not rank \(date)")
            guard chosen.round.start != round.start || chosen.round.venue?.id != round.venue?.id else { continue }
            let moved = try proposal.recording(chosen, in: text)
            let after = Self.check(Self.load(moved))
            let line = round.location.line
            let atRound = after.filter { finding in
                finding.severity == .error && (finding.location.line == line || finding.notes.contains { $0.location.line == line })
            }
            #expect(
                atRound.isEmpty, "seed \(seed): round \(round.number) of \(series.id) moved to \(date) still has \(atRound.map(\.message))")
            let inserted = Self.insertedLine(text, moved, after: line)
            #expect(
                Self.errors(after, apartFrom: line, inserted: inserted).isSubset(of: Self.errors(findings, apartFrom: line)),
                "seed \(seed): moving round \(round.number) of \(series.id) to \(date) broke another round")
        }
    }
}
