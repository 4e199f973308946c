import CivilTime
import Testing

@testable import ParleyKit

/// Issue 13, item 6: a round over but still planned or proposed is a `stale` warning, and
/// `next` does not count it.
@Suite struct StaleRoundTests {
    @Test(arguments: [
        ("planned", true), ("proposed", true), ("held", false), ("postponed", false), ("cancelled", false),
    ])
    func aRoundOverButStillPlannedIsAsked(status: String, stale: Bool) throws {
        let plan = DeskPlan.dialogue(round2: "round 2 on 2026-03-10 at tokyo \(status)")
        let findings = DeskPlan.check(plan).filter { $0.code == .stale }
        #expect(findings.count == (stale ? 1 : 0))
        guard stale else { return }
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.line == DeskPlan.line(of: "round 2 on", in: plan))
        #expect(
            finding.message
                == "round 2 of d (2026-03-10..2026-03-11) is over but still \(status): did it take place? mark it held, postponed or cancelled"
        )
    }

    /// Round 2 lasts 2026-05-31..2026-06-01: not over on 2026-06-01, over on 2026-06-02.
    @Test(arguments: [("2026-06-01", 0), ("2026-06-02", 1)])
    func aRoundIsOverAfterItsLastDay(today: String, count: Int) {
        let plan = DeskPlan.dialogue(round2: "round 2 on 2026-05-31 at tokyo planned")
        #expect(DeskPlan.check(plan, today: today).filter { $0.code == .stale }.count == count)
    }

    /// With round 2 (Tokyo, 2026-03-10) still proposed on 2026-06-01, `next` counts from round 1
    /// (Jakarta, 2025-03-11): due 2026-03-11, hosted in Tokyo, numbered 3 so that no number is
    /// used twice; and the search starts at the earliest start, 2026-07-02 (30 days' notice
    /// and the Indonesian director's travel day).
    @Test func nextCountsOnlyRoundsThatTookPlaceOrAreAhead() throws {
        let plan = DeskPlan.dialogue(round2: "round 2 on 2026-03-10 at tokyo proposed")
        let proposal = try DeskPlan.next(plan, id: "d")
        #expect(proposal.previous?.number == 1)
        #expect(proposal.due == DeskPlan.date("2026-03-11"))
        #expect(proposal.venue == "tokyo")
        #expect(proposal.roundNumber == 3)
        #expect(proposal.steps.first?.starts.from == DeskPlan.date("2026-07-02"))
        // Marked held, round 2 counts: due 2027-03-10, hosted in Jakarta.
        let held = try DeskPlan.next(DeskPlan.dialogue(), id: "d")
        #expect(held.previous?.number == 2)
        #expect(held.due == DeskPlan.date("2027-03-10"))
        #expect(held.venue == "jakarta")
    }
}
