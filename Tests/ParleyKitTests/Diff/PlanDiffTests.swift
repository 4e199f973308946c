import Foundation
import Testing

@testable import ParleyKit

/// `PlanDiff` on pairs of plans, one kind of change at a time.
@Suite struct PlanDiffTests {
    static let places = RoundPlans.places
    static let dialogue = RoundPlans.dialogue.replacingOccurrences(of: "  every 12 months\n", with: "  every 12 months\n  avoid weekends\n")
    static let exchange = RoundPlans.exchange
    static let overdue = """
        exchange id-jp-old "Old exchange"
          partners ID JP
          every 12 months
          round 1 on 2024-01-09 held

        """

    func diff(_ old: [String: String], _ new: [String: String]) -> PlanDiff {
        PlanDiff(old: RoundPlans.snapshot(old), new: RoundPlans.snapshot(new))
    }

    var base: [String: String] { ["plan.parley": Self.places + Self.dialogue + Self.exchange + Self.overdue] }

    /// The base plan has a finding (the overdue exchange), so "unchanged" below is not vacuous.
    @Test func basePlanHasAFinding() {
        let same = diff(base, base)
        #expect(same.isEmpty)
        #expect(same.unchangedFindings.map(\.code) == [.cadence])
        #expect(same.summary == "no change to rounds, findings or feeds")
    }

    @Test func renamingAFileChangesNothing() {
        let renamed = diff(base, ["renamed.parley": Self.places + Self.dialogue + Self.exchange + Self.overdue])
        #expect(renamed.isEmpty)
        #expect(renamed.unchangedFindings.count == 1)
    }

    @Test func movingASeriesToAnotherFileChangesNothing() {
        let moved = diff(
            base,
            [
                "a.parley": Self.places + Self.dialogue + Self.overdue,
                "b.parley": "use \"a.parley\"\n\n" + Self.exchange,
            ])
        #expect(moved.isEmpty)
    }

    @Test func reorderingLinesChangesNothing() {
        let reordered =
            Self.overdue + Self.exchange + Self.places
            + Self.dialogue
            .replacingOccurrences(
                of: "  hosts alternate jakarta tokyo\n  delegates id-desk jp-desk\n",
                with: "  delegates id-desk jp-desk\n  hosts alternate jakarta tokyo\n")
        #expect(reordered != base["plan.parley"])
        #expect(diff(base, ["plan.parley": reordered]).isEmpty)
    }

    /// Lines added above shift every finding's line number; none becomes new or resolved.
    @Test func shiftingLineNumbersOnlyChangesNothing() throws {
        let plan = try #require(base["plan.parley"])
        let shifted = diff(base, ["plan.parley": "# Indonesia–Japan\n# reviewed 2026-05\n\n" + plan])
        #expect(shifted.isEmpty)
        #expect(shifted.unchangedFindings.first?.location.line == 25)
    }

    /// Round 2 moved from Tuesday 2026-03-10 to Saturday 2026-03-14 and to Jakarta: moved and
    /// re-hosted, the weekend finding (ID and JP) and the alternation's are new, the implied rounds after it move too,
    /// and its feed and all.ics change.
    @Test func aMovedRound() throws {
        let plan = try #require(base["plan.parley"])
        let moved = diff(base, ["plan.parley": plan.replacingOccurrences(of: "2026-03-10 at tokyo", with: "2026-03-14 at jakarta")])
        #expect(moved.rounds.map { "\($0.seriesID) \($0.number) \($0.kinds.map(\.rawValue))" } == ["id-jp 2 [\"moved\", \"host\"]"])
        #expect(moved.rounds.first?.description == "moved 2026-03-10 → 2026-03-14; host tokyo (Tokyo, JP) → jakarta (Jakarta, ID)")
        #expect(moved.newFindings.map(\.code) == [.host, .weekend])  // round 1 was in Jakarta too
        #expect(moved.resolvedFindings.isEmpty)
        #expect(moved.introducesErrors(strict: false))
        // Implied: 2027-03-10 jakarta → 2027-03-14 tokyo (alternation follows the new host).
        #expect(moved.impliedRounds.first.map { "\($0.number) \($0.kinds.map(\.rawValue))" } == "3 [\"moved\", \"host\"]")
        #expect(moved.feeds.map(\.name) == ["all.ics", "id-jp.ics"])
        #expect(moved.feeds.allSatisfy { $0.change == .changed })
    }

    @Test func addedRemovedStatusAndNotes() throws {
        let plan = try #require(base["plan.parley"])
        let edited =
            plan
            .replacingOccurrences(of: "  round 1 on 2025-03-11 at jakarta held\n", with: "")
            .replacingOccurrences(of: "planned \"agenda: maritime, =cyber\"", with: "held \"agenda: maritime\"")
            .replacingOccurrences(
                of: "  round 1 on 2026-05-12 at jakarta planned\n",
                with: "  round 1 on 2026-05-12 at jakarta planned\n  round 2 on 2026-11-10 at tokyo proposed\n")
        let changed = diff(base, ["plan.parley": edited])
        let rows = changed.rounds.map { "\($0.seriesID) \($0.number) \($0.kinds.map(\.rawValue).joined(separator: ","))" }
        #expect(rows == ["id-jp 1 removed", "id-jp 2 status,notes", "id-jp-x 2 added"])
        #expect(changed.rounds.last?.description == "added 2026-11-10 proposed at tokyo (Tokyo, JP)")
        #expect(!changed.introducesErrors(strict: true))
    }

    /// Adding a series and removing one; recording the overdue exchange's round resolves its finding.
    @Test func seriesAddedAndRemovedAndAFindingResolved() {
        let caughtUp = Self.overdue + "  round 2 on 2025-01-14 held\n"
        let changed = diff(base, ["plan.parley": Self.places + Self.dialogue + caughtUp])
        #expect(changed.seriesRemoved == ["id-jp-x"])
        #expect(changed.seriesAdded.isEmpty)
        #expect(changed.resolvedFindings.map(\.code) == [.cadence])
        #expect(changed.newFindings.map(\.code) == [.cadence])  // overdue again, by round 2: a new message
        #expect(changed.newFindings.first?.message.contains("round 2 (2025-01-14)") == true)
        let added = diff(["plan.parley": Self.places + Self.dialogue], ["plan.parley": Self.places + Self.dialogue + Self.exchange])
        #expect(added.seriesAdded == ["id-jp-x"])
        #expect(added.rounds.map(\.kinds) == [[.added]])
        #expect(added.feeds.map { "\($0.name) \($0.change.rawValue)" } == ["all.ics changed", "id-jp-x.ics added"])
        #expect(added.summary.hasPrefix("1 series added; 1 round changes in 1 series (1 added)"))
    }

    /// New warnings fail only under `strict`.
    @Test func warningsFailOnlyWhenStrict() throws {
        let plan = try #require(base["plan.parley"])
        let soft = plan.replacingOccurrences(of: "  avoid weekends\n", with: "  avoid weekends soft\n")
        let moved = soft.replacingOccurrences(of: "2026-03-10 at tokyo", with: "2026-03-14 at tokyo")
        let change = diff(["plan.parley": soft], ["plan.parley": moved])
        #expect(change.newFindings.map(\.severity) == [.warning])
        #expect(!change.introducesErrors(strict: false))
        #expect(change.introducesErrors(strict: true))
    }

    /// The Markdown comment escapes what a plan writes, so a note cannot break a table.
    @Test func markdownCellsAreEscaped() {
        #expect(PlanDiff.cell("a | b <script> *x* `c`\nd") == "a \\| b &lt;script&gt; \\*x\\* \\`c\\` d")
    }
}
