import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The `agenda` rule and `covers`: counting only rounds that take place, across pauses, with
/// postponed and cancelled rounds left out; its edges (every round, a topic added later);
/// and a seeded comparison with a sliding-window reference.
@Suite struct AgendaRuleTests {
    static let head = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        dialogue d "Dialogue"
          partners ID RU
          topic policies "Exchange of national policies"
          topic governance "Internet governance"

        """

    static let nowhere = SourceLocation(file: "plan.parley", line: 1, column: 1, offset: 0)

    static func check(_ text: String) -> CheckResult {
        let reader = MemoryPlanReader(["plan.parley": text])
        let loaded = Resolver.load(["plan.parley"], reader: reader)
        let options = CheckOptions(
            today: LocalDate(year: 2030, month: 1, day: 1) ?? .minimum, window: DateWindow(from: .minimum, through: .maximum),
            reader: reader)
        return Checker.check(loaded, options: options)
    }

    static func agenda(_ text: String) -> [String] {
        check(text).findings.filter { $0.code == .agenda }.map(\.message)
    }

    @Test func lapseNamesTheTopicAndTheLastRoundThatCoveredIt() {
        let found = Self.agenda(
            Self.head + """
                  cover each topic every 2 rounds
                  round 1 on 2020-03-10 virtual held
                    covers policies governance
                  round 2 on 2021-03-10 virtual held
                    covers governance
                  round 3 on 2022-03-10 virtual held
                """)
        #expect(
            found == [
                "topic policies of d is not covered in rounds 2 and 3 (every 2 rounds); last covered at round 1 (2020-03-10)"
            ])
    }

    /// Postponed and cancelled rounds cover nothing and are not counted; a pause has no
    /// rounds, so the count runs on across it (round 1, then round 4 after a pause of years).
    @Test func postponedCancelledAndPausedStretchesAreNotRounds() {
        let found = Self.agenda(
            Self.head + """
                  every 12 months
                  paused 2021-01-01..2025-12-31 "suspended"
                  cover policies every 2 rounds
                  round 1 on 2020-03-10 virtual held
                    covers policies
                  round 2 on 2020-09-10 virtual cancelled
                  round 3 on 2020-10-10 virtual postponed
                    covers policies
                  round 4 on 2026-03-10 virtual planned
                """)
        #expect(found.isEmpty, "round 4 is only the first round after round 1 that takes place: \(found)")
        let later = Self.agenda(
            Self.head + """
                  every 12 months
                  paused 2021-01-01..2025-12-31
                  cover policies every 2 rounds
                  round 1 on 2020-03-10 virtual held
                    covers policies
                  round 2 on 2020-09-10 virtual cancelled
                    covers policies
                  round 3 on 2026-03-10 virtual held
                  round 4 on 2027-03-10 virtual planned
                """)
        #expect(later == ["topic policies of d is not covered in rounds 3 and 4 (every 2 rounds); last covered at round 1 (2020-03-10)"])
    }

    @Test func everyRoundAndOneFindingPerStretch() {
        let found = Self.agenda(
            Self.head + """
                  cover governance every 1 round soft
                  round 1 on 2020-03-10 virtual held
                  round 2 on 2021-03-10 virtual held
                  round 3 on 2022-03-10 virtual held
                    covers governance
                  round 4 on 2023-03-10 virtual held
                """)
        #expect(
            found == [
                "topic governance of d is not covered in round 1 (every round); never covered",
                "topic governance of d is not covered in round 4 (every round); last covered at round 3 (2022-03-10)",
            ])
        #expect(Self.check(Self.head + "  cover governance every 1 round soft\n  round 1 on 2020-03-10 virtual held\n").errorCount == 0)
    }

    /// A topic added at round 3 is owed from round 3 on, not from round 1.
    @Test func topicAddedMidSeries() {
        let text = """
            country ID "Indonesia"
            country RU "Russia"
            dialogue d "Dialogue"
              partners ID RU
              topic certs "Cooperation of CERTs" from round 3
              cover each topic every 2 rounds
              round 1 on 2020-03-10 virtual held
              round 2 on 2021-03-10 virtual held
              round 3 on 2022-03-10 virtual held
              round 4 on 2023-03-10 virtual planned
            """
        #expect(
            Self.agenda(text) == [
                "topic certs of d is not covered in rounds 3 and 4 (every 2 rounds); not covered since it was added at round 3"
            ])
        #expect(Self.agenda(text.replacingOccurrences(of: "round 4 on 2023-03-10 virtual planned", with: "")).isEmpty)
    }

    @Test func unknownTopicsAreInputErrorsWithDidYouMean() {
        let result = Self.check(
            Self.head + """
                  cover each topic every 2 rounds
                  round 1 on 2020-03-10 virtual held
                    covers polices
                """)
        let messages = result.findings.filter { $0.code == .input }.map(\.message)
        #expect(messages == ["unknown topic 'polices' in d (declared: policies, governance); did you mean 'policies'?"])
    }

    /// Random series against a slow reference: a window of N consecutive rounds that take
    /// place with the topic covered in none is a lapse, reported at the first such window
    /// of each run of them.
    @Test func agreesWithSlidingWindowReference() {
        var generator = SeededGenerator(seed: 19)
        for _ in 0..<200 {
            let every = Int.random(in: 1...4, using: &generator)
            let statuses: [RoundStatus] = [.held, .held, .planned, .proposed, .postponed, .cancelled]
            var rounds: [Round] = []
            for number in 1...Int.random(in: 1...14, using: &generator) {
                let status = statuses[Int.random(in: 0..<statuses.count, using: &generator)]
                let covers = Bool.random(using: &generator) && Bool.random(using: &generator) ? [Reference("t", at: Self.nowhere)] : []
                let date = LocalDate(year: 2000 + number, month: 1, day: 1) ?? .minimum
                rounds.append(
                    Round(
                        number: number, start: .date(date), venue: nil, isVirtual: true, status: status, notes: [], movedFrom: [],
                        location: Self.nowhere, covers: covers))
            }
            let rule = RuleSpec(kind: .cover(topic: nil, rounds: every), severity: .error, location: Self.nowhere)
            let series = Series(
                kind: .dialogue, id: "d", title: "D", partners: [], basis: nil, cadence: nil, lastingDays: 1, sessions: .allDay,
                hosting: nil, delegates: [], rules: [rule], pauses: [], rounds: rounds, location: Self.nowhere,
                topics: [Topic(id: "t", title: "T", location: Self.nowhere)])
            let found = series.coverLapses(in: series.meetings).map(\.round.number)
            #expect(found == Self.reference(rounds, every: every), "every \(every): \(rounds.map { ($0.status, $0.covers.count) })")
        }
    }

    static func reference(_ rounds: [Round], every: Int) -> [Int] {
        let meetings = rounds.filter { [.held, .planned, .proposed].contains($0.status) }
        var result: [Int] = []
        var previousUncovered = false
        for end in meetings.indices where end + 1 >= every {
            let window = meetings[(end + 1 - every)...end]
            let uncovered = window.allSatisfy { $0.covers.isEmpty }
            if uncovered, !previousUncovered { result.append(meetings[end].number) }
            previousUncovered = uncovered
        }
        return result
    }
}
