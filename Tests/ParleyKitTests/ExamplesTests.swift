import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// Every example in `Examples/` checked as `parley check EXAMPLE --today 2026-06-01` would,
/// against its committed expected output.
@Suite struct ExamplesTests {
    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum

    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let exitCode: Int32
        var testDescription: String { path }
    }

    static let cases = [
        Case(path: "Examples/01-on-track.parley", exitCode: 0),
        Case(path: "Examples/02-cadence.parley", exitCode: 1),
        Case(path: "Examples/03-gap.parley", exitCode: 1),
        Case(path: "Examples/04-host.parley", exitCode: 1),
        Case(path: "Examples/05-order.parley", exitCode: 1),
        Case(path: "Examples/06-blackout.parley", exitCode: 1),
        Case(path: "Examples/07-shared", exitCode: 0),
        Case(path: "Examples/08-mistakes.parley", exitCode: 2),
        Case(path: "Examples/09-double-booked", exitCode: 1),
        Case(path: "Examples/10-venue.parley", exitCode: 1),
        Case(path: "Examples/11-travel.parley", exitCode: 0),
        Case(path: "Examples/12-hours.parley", exitCode: 0),
        Case(path: "Examples/13-holiday.parley", exitCode: 1),
        Case(path: "Examples/14-weekend.parley", exitCode: 1),
        Case(path: "Examples/15-observance.parley", exitCode: 1),
        Case(path: "Examples/16-busy", exitCode: 1),
        Case(path: "Examples/17-next.parley", exitCode: 0),
        Case(path: "Examples/18-obligation.parley", exitCode: 1),
        Case(path: "Examples/19-pause.parley", exitCode: 1),
        Case(path: "Examples/20-stale.parley", exitCode: 0),
        Case(path: "Examples/21-notice.parley", exitCode: 0),
        Case(path: "Examples/22-keeps.parley", exitCode: 1),
        Case(path: "Examples/23-rooms.parley", exitCode: 1),
        Case(path: "Examples/24-one-cause.parley", exitCode: 1),
        Case(path: "Examples/25-malformed-round.parley", exitCode: 2),
        Case(path: "Examples/26-replan.parley", exitCode: 1),
        Case(path: "Examples/27-no-date.parley", exitCode: 1),
        Case(path: "Examples/29-rounds.parley", exitCode: 1),
        Case(path: "Examples/30-diff-before.parley", exitCode: 1),
        Case(path: "Examples/31-diff-after.parley", exitCode: 1),
        Case(path: "Examples/32-view.parley", exitCode: 1),
        Case(path: "Examples/33-agenda.parley", exitCode: 1),
        Case(path: "Examples/34-rotation.parley", exitCode: 1),
        Case(path: "Examples/35-topics-due.parley", exitCode: 0),
        Case(path: "Examples/36-shared-topics", exitCode: 1),
        Case(path: "Examples/37-rotation-next.parley", exitCode: 0),
        Case(path: "Examples/40-organisations.parley", exitCode: 1),
        Case(path: "Examples/43-closures.parley", exitCode: 1),
    ]

    @Test(arguments: cases) func matchesItsExpectedOutput(_ example: Case) {
        let reader = MemoryPlanReader(Repository.files(under: "Examples"))
        let loaded = Resolver.load([example.path], reader: reader)
        let result = Checker.check(loaded, options: CheckOptions(today: Self.today, reader: reader))
        let golden = (example.path.hasSuffix(".parley") ? String(example.path.dropLast(".parley".count)) : example.path) + ".expected"
        Golden.expect(TextReporter.report(result.findings, sources: loaded.sources), path: golden)
        #expect((result.hasInputErrors ? 2 : result.errorCount > 0 ? 1 : 0) == example.exitCode)
    }

    @Test func everyExampleIsCovered() {
        let covered = Set(Self.cases.map(\.path))
        for file in Repository.planFiles(under: "Examples") {
            let top = file.split(separator: "/").prefix(2).joined(separator: "/")
            #expect(covered.contains(top), "\(file) has no expected output")
        }
    }
}
