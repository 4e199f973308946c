import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// `within N days after SERIES` as an obligation: round 2 of the dialogue ends 2026-03-11, so
/// the exchange owes a round starting 2026-03-12..2026-05-10 (2026-03-11 + 60 days: 20 days
/// to 03-31, 30 to 04-30, 10 to 05-10).
@Suite struct ObligationTests {
    static let plan = DeskPlan.dialogue() + DeskPlan.exchange()

    @Test func aMissingFollowUpIsReportedAtTheLeadingRoundOnceItsWindowHasPassed() throws {
        let findings = DeskPlan.check(Self.plan).filter { $0.code == .obligation }
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.location.line == DeskPlan.line(of: "round 2 on 2026-03-10", in: Self.plan))
        #expect(
            finding.message
                == "round 2 of d ended 2026-03-11: within 60 days after d obliges a round of x by 2026-05-10, and none is recorded")
        #expect(finding.notes.map(\.location.line) == [DeskPlan.line(of: "within 60 days", in: Self.plan)])
        #expect(finding.suggestion?.message.contains("between 2026-03-12 and 2026-05-10") == true)
        // Round 1 (2025-03-11) starts before the window (a year before today), so it is not reported.
    }

    @Test(arguments: [("2026-05-10", 0), ("2026-05-11", 1)])
    func theWindowClosesOnItsLastDay(today: String, count: Int) {
        #expect(DeskPlan.check(Self.plan, today: today).filter { $0.code == .obligation }.count == count)
    }

    @Test func aFollowUpInTheWindowMeetsIt() {
        let plan = DeskPlan.dialogue() + DeskPlan.exchange("  round 1 on 2026-05-10 held\n")
        #expect(DeskPlan.check(plan).isEmpty)
    }

    @Test func aLateFollowUpIsOneOrderFindingNotTwo() {
        let plan = DeskPlan.dialogue() + DeskPlan.exchange("  round 1 on 2026-05-20 held\n")
        #expect(DeskPlan.check(plan).map(\.code) == [.order])
    }

    @Test func softMakesItAWarning() {
        let plan = DeskPlan.dialogue() + DeskPlan.exchange(within: "within 60 days after d soft")
        #expect(DeskPlan.check(plan).map(\.severity) == [.warning])
    }

    @Test func aStaleLeadingRoundIsAskedAboutInstead() {
        let plan = DeskPlan.dialogue(round2: "round 2 on 2026-03-10 at tokyo planned") + DeskPlan.exchange()
        #expect(DeskPlan.check(plan).map(\.code) == [.stale])
    }

    @Test func anAcknowledgementUnderTheLeadingRoundAcceptsIt() {
        let round2 = "round 2 on 2026-03-10 at tokyo held\n    acknowledge obligation because \"no exchange this cycle, by agreement\""
        let plan = DeskPlan.dialogue(round2: round2) + DeskPlan.exchange()
        #expect(DeskPlan.check(plan).map(\.severity) == [.note])
    }

    /// A pause of the exchange that begins inside the window suspends its clock: the window
    /// then ends 60 days after the pause's last day, 2026-04-30 + 60 = 2026-06-29.
    @Test func aPauseOfTheFollowUpSuspendsTheClock() throws {
        let plan = DeskPlan.dialogue() + DeskPlan.exchange("  paused 2026-04-01..2026-04-30 \"budget freeze\"\n")
        #expect(DeskPlan.check(plan, today: "2026-06-29").isEmpty)
        let finding = try #require(DeskPlan.check(plan, today: "2026-06-30").first)
        #expect(finding.message.contains("by 2026-06-29"))
        #expect(finding.notes.map(\.location.line).contains(DeskPlan.line(of: "paused 2026-04-01", in: plan)))
    }

    /// While the window is open, `next` for the exchange searches inside it and says so. On
    /// 2026-03-12 with no notice the window is 2026-03-12..2026-05-10; with the default 30
    /// days' notice (the exchange is virtual, so no travel day) it starts on 2026-04-11.
    @Test func nextSearchesInsideAnOpenWindow() throws {
        let open = try DeskPlan.next(Self.plan, id: "x", today: "2026-03-12", notice: 0)
        #expect(open.steps.map(\.starts) == [DateWindow(from: DeskPlan.date("2026-03-12"), through: DeskPlan.date("2026-05-10"))])
        #expect(open.obligation?.leading.number == 2)
        #expect(
            open.text(limit: 1).contains(
                "  obligation: round 2 of d ended 2026-03-11; within 60 days after d needs a round by 2026-05-10, so the search stays inside 2026-03-12..2026-05-10\n"
            ))
        let noticed = try DeskPlan.next(Self.plan, id: "x", today: "2026-03-12")
        #expect(noticed.steps.map(\.starts) == [DateWindow(from: DeskPlan.date("2026-04-11"), through: DeskPlan.date("2026-05-10"))])
        #expect(noticed.suggestions.allSatisfy { $0.firstDay >= DeskPlan.date("2026-04-11") && $0.firstDay <= DeskPlan.date("2026-05-10") })
        // Once the window has closed there is nothing to stay inside.
        #expect(try DeskPlan.next(Self.plan, id: "x", today: "2026-06-01").obligation == nil)
    }

    /// For seeded random leading and follow-up rounds (and pauses), the obligations found by
    /// binary search equal those of a slow pairwise reading of the definition.
    @Test(arguments: 1...40) func obligationsMatchAPairwiseReference(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        func day(_ offset: Int) -> String { "\(DeskPlan.date("2025-01-01").adding(days: offset) ?? .minimum)" }
        var leading = Set<Int>()
        var following = Set<Int>()
        for _ in 0..<Int.random(in: 1...12, using: &random) { leading.insert(Int.random(in: 0...700, using: &random)) }
        for _ in 0..<Int.random(in: 0...12, using: &random) { following.insert(Int.random(in: 0...760, using: &random)) }
        let days = Int.random(in: 5...90, using: &random)
        var pauses = ""
        if Bool.random(using: &random) {
            let from = Int.random(in: 0...700, using: &random)
            pauses = "  paused \(day(from))..\(day(from + Int.random(in: 0...60, using: &random)))\n"
        }
        var text = "dialogue d \"D\"\n  partners ID JP\n  lasting 3 days\n"
        for (number, offset) in leading.sorted().enumerated() { text += "  round \(number + 1) on \(day(offset)) held\n" }
        text += "exchange x \"X\"\n  partners ID JP\n  within \(days) days after d\n" + pauses
        for (number, offset) in following.sorted().enumerated() { text += "  round \(number + 1) on \(day(offset)) held\n" }
        let loaded = DeskPlan.load(text)
        try #require(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let series = try #require(loaded.plan.seriesByID["x"])
        let found = series.obligations(in: loaded.plan)

        // The reference: every leading round against every follow-up round.
        let starts = following.sorted().map { DeskPlan.date(day($0)) }
        let leads = leading.sorted().map { DeskPlan.date(day($0)) }
        #expect(found.count == leads.count)
        for (index, (obligation, start)) in zip(found, leads).enumerated() {
            let ended = try #require(start.adding(days: 2))
            var due = try #require(ended.adding(days: days))
            for pause in series.pauses where pause.from <= due && pause.through >= ended {
                due = max(due, try #require(pause.through.adding(days: days)))
            }
            let next = index + 1 < leads.count ? leads[index + 1] : nil
            #expect(obligation.leading.start.date == start)
            #expect(obligation.ended == ended)
            #expect(obligation.due.date == due)
            #expect(obligation.isMet == starts.contains { $0 > ended && $0 <= due })
            let measured = starts.contains { follow in follow >= start && (next.map { follow < $0 } ?? true) }
            #expect(obligation.hasFollower == measured)
        }
    }
}
