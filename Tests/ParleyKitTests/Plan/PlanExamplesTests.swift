import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// `parley next` on the examples of obligations and notice, as
/// `parley next SERIES EXAMPLE --today 2026-06-01 --limit 1` would, against their committed
/// expected output.
@Suite struct PlanExamplesTests {
    @Test(arguments: [("Examples/18-obligation", "id-jp-exchange"), ("Examples/21-notice", "id-jp-legal")])
    func nextMatchesItsExpectedOutput(example: String, series: String) throws {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load([example + ".parley"], reader: reader)
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        let proposal = try Scheduler.propose(loaded, request: NextRequest(seriesID: series, today: today))
        Golden.expect(
            proposal.text(limit: 1, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")),
            path: example + ".next.expected")
    }
}
