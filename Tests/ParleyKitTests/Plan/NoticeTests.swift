import CivilTime
import Testing

@testable import ParleyKit

/// Issue 13, item 3: `next` proposed today with a travel day yesterday. The earliest start is
/// today + notice + travel days; from 2026-06-01: + 30 + 1 = 2026-07-02, + 45 + 1 = 2026-07-17,
/// + 0 + 1 = 2026-06-02, + 30 + 2 = 2026-07-03, + 30 (virtual, no travel) = 2026-07-01.
@Suite struct NoticeTests {
    /// A new track with no cadence and nothing recorded: the search starts at the earliest start.
    static func track(_ extra: String = "", hosting: String = "host tokyo") -> String {
        """
        dialogue t "Indonesia–Japan consultations on a new agreement"
          partners ID JP
          \(hosting)
          delegates id-dir jp-dir
        \(extra)
        """
    }

    @Test(
        arguments: [
            ("", "host tokyo", nil, "2026-07-02", 30, 1),
            ("  notice 45 days\n", "host tokyo", nil, "2026-07-17", 45, 1),
            ("  notice 45 days\n", "host tokyo", 0, "2026-06-02", 0, 1),
            ("  travel 2 days\n", "host tokyo", nil, "2026-07-03", 30, 2),
            ("", "virtual", nil, "2026-07-01", 30, 0),
        ] as [(String, String, Int?, String, Int, Int)])
    func theSearchStartsAfterNoticeAndTravel(extra: String, hosting: String, notice: Int?, earliest: String, days: Int, travel: Int)
        throws
    {
        let proposal = try DeskPlan.next(Self.track(extra, hosting: hosting), id: "t", notice: notice)
        #expect(proposal.earliest?.date == DeskPlan.date(earliest))
        #expect(proposal.earliest?.noticeDays == days)
        #expect(proposal.earliest?.travelDays == travel)
        #expect(proposal.steps.first?.starts.from == DeskPlan.date(earliest))
        let best = try #require(proposal.suggestions.first)
        #expect(best.firstDay >= DeskPlan.date(earliest))
        // No travel day before today + notice.
        for plan in best.travel { #expect(plan.outbound >= DeskPlan.date("2026-06-01").adding(days: days) ?? .maximum) }
    }

    @Test func theHeaderSaysWhereTheSearchBegins() throws {
        let text = try DeskPlan.next(Self.track(), id: "t").text(limit: 1)
        #expect(text.contains("  earliest start 2026-07-02 (30 days' notice from 2026-06-01, then 1 travel day)\n"))
    }

    /// `--after` earlier than the earliest start is raised to it; a later one is kept.
    @Test func afterIsNeverBeforeTheEarliestStart() throws {
        #expect(try DeskPlan.next(Self.track(), id: "t", after: "2026-06-10").steps.first?.starts.from == DeskPlan.date("2026-07-02"))
        #expect(try DeskPlan.next(Self.track(), id: "t", after: "2026-08-10").steps.first?.starts.from == DeskPlan.date("2026-08-10"))
    }

    @Test func theNoticeLineIsRead() throws {
        let loaded = DeskPlan.load(Self.track("  notice 1 day\n"))
        #expect(loaded.findings.isEmpty)
        #expect(loaded.plan.seriesByID["t"]?.noticeDays == 1)
        let bad = DeskPlan.load(Self.track("  notice 2 weeks\n"))
        #expect(bad.findings.map(\.code) == [.input])
    }
}
