import CivilTime
import Testing

@testable import ParleyKit

/// A pause suspends the clock the same way for cadence, gap, order and `next`
/// (``Series/deadline(_:after:)``). The README's sample: round 1 on 2017-03-22, paused
/// 2018-01-01..2026-03-31. By hand: 12 months after the pause's last day is 2027-03-31;
/// 18 months is 2027-09-30 (September has 30 days); without the pause, 18 months after round 1
/// is 2018-09-22, inside the pause.
@Suite struct PauseTests {
    static func dialogue(_ rounds: String, gap: String = "gap at most 18 months", pause: Bool = true) -> String {
        """
        dialogue d "Indonesia–Japan cyber dialogue"
          partners ID JP
          every 12 months
          tolerance 45 days
          lasting 2 days
          \(gap)
        \(pause ? "  paused 2018-01-01..2026-03-31 \"no public record of later rounds\"\n" : "")  round 1 on 2017-03-22 at jakarta held
        \(rounds)
        """
    }

    @Test func gapAtMostCountsFromThePausesLastDay() {
        let plan = Self.dialogue("  round 2 on 2027-03-23 at tokyo proposed\n")
        #expect(DeskPlan.check(plan).isEmpty)
        // Without the pause the same round is far too late (and rounds are missing).
        let unpaused = DeskPlan.check(Self.dialogue("  round 2 on 2027-03-23 at tokyo proposed\n", pause: false))
        #expect(unpaused.first { $0.code == .gap }?.message.contains("needs 2018-09-22 or earlier") == true)
    }

    @Test func aGapFindingAfterAPauseNamesThePause() throws {
        let plan = Self.dialogue("  round 2 on 2027-10-05 at tokyo proposed\n")
        let finding = try #require(DeskPlan.check(plan).first { $0.code == .gap })
        #expect(finding.message.hasSuffix("gap at most 18 months needs 2027-09-30 or earlier"))
        #expect(finding.suggestion?.date == DeskPlan.date("2027-09-30"))
        #expect(finding.notes.map(\.location.line).contains(DeskPlan.line(of: "paused 2018", in: plan)))
    }

    /// A pause that begins after the bound (2017-09-22 for 6 months) does not move it.
    @Test func gapAtLeastIsUnchangedByALaterPause() {
        #expect(
            DeskPlan.check(Self.dialogue("  round 2 on 2026-05-04 at tokyo proposed\n", gap: "gap at least 6 months"))
                .filter { $0.code == .gap }.isEmpty)
    }

    /// Issue 13, item 2: with a hard `gap at most`, `next` found no window at all.
    @Test func nextFindsWindowsAfterAPause() throws {
        let proposal = try DeskPlan.next(Self.dialogue(""), id: "d")
        #expect(proposal.due == DeskPlan.date("2027-03-31"))
        #expect(!proposal.suggestions.isEmpty)
        #expect(proposal.suggestions.allSatisfy { $0.firstDay <= DeskPlan.date("2027-09-30") })
    }

    /// Hosting is not a clock: the alternation carries on across the pause.
    @Test func theAlternationCarriesOnAcrossAPause() throws {
        let plan = Self.dialogue("  hosts alternate jakarta tokyo\n  round 2 on 2027-03-23 at jakarta proposed\n")
        #expect(DeskPlan.check(plan).map(\.code) == [.host])
        #expect(try DeskPlan.next(Self.dialogue("  hosts alternate jakarta tokyo\n"), id: "d").venue == "tokyo")
    }

    /// Two pauses in turn: every 6 months after 2020-01-15 is 2020-07-15, inside the first
    /// pause, so 6 months after 2020-12-31 (2021-06-30), inside the second, so 6 months after
    /// 2021-05-31: 2021-11-30 (November has 30 days).
    @Test func pausesChain() throws {
        let text = """
            dialogue d "D"
              partners ID JP
              every 6 months
              paused 2020-03-01..2020-12-31
              paused 2021-05-01..2021-05-31
              round 1 on 2020-01-15 held

            """
        let series = try #require(DeskPlan.load(text).plan.seriesByID["d"])
        let deadline = try #require(series.deadline(Span(6, .months), after: DeskPlan.date("2020-01-15")))
        #expect(deadline.date == DeskPlan.date("2021-11-30"))
        #expect(deadline.pause?.from == DeskPlan.date("2021-05-01"))
        #expect(series.nextExpected(after: DeskPlan.date("2020-01-15")) == DeskPlan.date("2021-11-30"))
        #expect(series.deadline(Span(6, .months), after: DeskPlan.date("2022-01-15"))?.pause == nil)
    }
}
