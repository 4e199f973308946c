import CivilTime
import Testing

@testable import ParleyKit

/// The plan a desk officer keeps for an Indonesia–Japan cyber dialogue and the
/// capacity-building exchange that must follow each round of it, as issue 13 describes; tests
/// add lines to it. Dates here are worked out by hand in each test's comments.
enum DeskPlan {
    static let partners = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country JP "Japan"
          timezone Asia/Tokyo
        venue jakarta "Jakarta" in ID
        venue tokyo "Tokyo" in JP
        person id-dir "Director for Cyber Diplomacy" of ID
        person jp-dir "Director, Cyber Policy Division" of JP

        """

    /// The dialogue: yearly, two days, alternating Jakarta and Tokyo; round 2 ends 2026-03-11.
    static func dialogue(_ extra: String = "", round2: String = "round 2 on 2026-03-10 at tokyo held") -> String {
        """
        dialogue d "Indonesia–Japan cyber dialogue"
          partners ID JP
          every 12 months
          lasting 2 days
          hosts alternate jakarta tokyo
          delegates id-dir jp-dir
        \(extra)  round 1 on 2025-03-11 at jakarta held
          \(round2)

        """
    }

    /// The exchange: virtual, one day, within 60 days after each round of the dialogue.
    static func exchange(_ lines: String = "", within: String = "within 60 days after d") -> String {
        """
        exchange x "Indonesia–Japan capacity-building exchange"
          partners ID JP
          virtual
          \(within)
        \(lines)
        """
    }

    static func date(_ text: String) -> LocalDate { ISO8601.date(text) ?? .minimum }

    static func load(_ text: String) -> LoadedPlan {
        Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": partners + text]))
    }

    /// `parley check --today TODAY` on the plan.
    static func check(_ text: String, today: String = "2026-06-01") -> [Finding] {
        let loaded = load(text)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        return Checker.check(loaded, options: CheckOptions(today: date(today))).findings
    }

    /// `parley next ID --today TODAY` on the plan.
    static func next(_ text: String, id: String, today: String = "2026-06-01", after: String? = nil, notice: Int? = nil) throws -> Proposal
    {
        try Scheduler.propose(
            load(text), request: NextRequest(seriesID: id, today: date(today), after: after.map(date), notice: notice))
    }

    /// The line number, in the whole file, of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String) -> Int {
        let lines = (partners + text).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
    }
}
