import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// `Examples/17-next.parley` planned as
/// `parley next id-sg-cyber Examples/17-next.parley --today 2026-06-01 --limit 3` would,
/// against its committed expected output (with the hints `parley next` passes).
@Suite struct ScheduleExamplesTests {
    @Test func nextMatchesItsExpectedOutput() throws {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/17-next.parley"], reader: reader)
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        let proposal = try Scheduler.propose(loaded, request: NextRequest(seriesID: "id-sg-cyber", today: today))
        Golden.expect(
            proposal.text(limit: 3, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")),
            path: "Examples/17-next.next.expected")
    }

    /// `parley next id-jp Examples/26-replan.parley --round 2 --today 2026-06-01 --limit 2`.
    @Test func replanningMatchesItsExpectedOutput() throws {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/26-replan.parley"], reader: reader)
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        let proposal = try Scheduler.propose(loaded, request: NextRequest(seriesID: "id-jp", today: today, round: 2))
        Golden.expect(
            proposal.text(limit: 2, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")),
            path: "Examples/26-replan.next.expected")
    }

    /// `parley next id-ru-capacity Examples/35-topics-due.parley --today 2026-06-01 --limit 2`.
    @Test func topicsDueMatchItsExpectedOutput() throws {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/35-topics-due.parley"], reader: reader)
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        let proposal = try Scheduler.propose(loaded, request: NextRequest(seriesID: "id-ru-capacity", today: today))
        #expect(proposal.topicsDue.map(\.id) == ["policies", "legal", "certs"])
        Golden.expect(
            proposal.text(limit: 2, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")),
            path: "Examples/35-topics-due.next.expected")
    }

    /// `parley next asean-track Examples/37-rotation-next.parley --today 2026-06-01 --limit 2`:
    /// after the Philippines (Myanmar declining), Singapore's turn to chair.
    @Test func rotationMatchesItsExpectedOutput() throws {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load(["Examples/37-rotation-next.parley"], reader: reader)
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        let proposal = try Scheduler.propose(loaded, request: NextRequest(seriesID: "asean-track", today: today))
        #expect(proposal.suggestions.allSatisfy { $0.round.chair?.id == "SG" })
        Golden.expect(
            proposal.text(limit: 2, hints: ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")),
            path: "Examples/37-rotation-next.next.expected")
    }
}
