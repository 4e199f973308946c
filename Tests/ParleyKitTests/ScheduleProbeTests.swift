import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The shortcut `parley next` takes (a narrow context per candidate, see `CandidateProbe`)
/// finds exactly what `parley check` finds about the round once it is written into the file:
/// for sampled candidate dates, the probe's findings equal those of a full check of the plan
/// with the round inserted, at the inserted line or pointing at it.
@Suite struct ScheduleProbeTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25) ?? .minimum

    /// A plan where a candidate can land in the middle of recorded history: a follower
    /// exchange, a second track sharing a delegate, hard and soft blackouts.
    static let tangled: [String: String] = [
        "t/p.parley": """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU
        person id-deputy "Deputy Minister" of ID
          busy from "busy.ics"
        person ru-deputy "Deputy Secretary" of RU

        dialogue d "D"
          partners ID RU
          every 6 months
          lasting 2 days
          hosts alternate jakarta moscow
          delegates id-deputy ru-deputy
          gap at least 4 months
          round 1 on 2026-01-13 at jakarta held
          round 2 on 2026-07-14 at moscow planned
          round 3 on 2027-01-12 at jakarta planned

        exchange x "X"
          partners ID RU
          lasting 3 days
          delegates id-deputy
          within 60 days after d
          round 1 on 2026-02-10 at jakarta held
          round 2 on 2026-08-11 at moscow planned
          round 3 on 2026-09-08 at moscow planned

        dialogue e "E"
          partners ID RU
          lasting 1 days
          delegates ru-deputy
          round 1 on 2026-10-06 at moscow planned

        blackout 2026-09-21..2026-09-25 "summit"
        blackout 2026-10-12 "state visit" soft

        """,
        "t/busy.ics": ScheduleCommitmentTests.busyCalendar.replacingOccurrences(of: "20260316T", with: "20261103T")
            .replacingOccurrences(of: "20260311", with: "20260915").replacingOccurrences(of: "20260312", with: "20260916"),
    ]

    /// Compares probe and full check on each of `days`; returns the codes of the findings seen.
    @discardableResult
    static func compare(files: [String: String], paths: [String], series id: String, days: [LocalDate], venue: String?) throws -> Set<
        String
    > {
        var codes: Set<String> = []
        let loaded = Resolver.load(paths, reader: MemoryPlanReader(files))
        let series = try #require(loaded.plan.seriesByID[id])
        let tree = try #require(loaded.trees.first { $0.file.path == series.location.file })
        let insertion = try #require(RoundInsertion.locate(series, in: tree))
        let location = insertion.candidateLocation()
        let number = (series.rounds.map(\.number).max() ?? 0) + 1
        for day in days {
            let round = Round(
                number: number, start: .date(day), venue: venue.map { Reference($0, at: location) }, isVirtual: venue == nil,
                status: .proposed, notes: [], movedFrom: [], location: location,
                covers: series.topicsDue(after: series.meetings.filter { $0.start.date < day }, number: number).map {
                    Reference($0.id, at: location)
                })
            let probe = CandidateProbe(
                plan: loaded.plan, series: series, span: DateWindow(from: day, through: day), rules: RuleCatalog.all, today: today,
                reader: MemoryPlanReader(files))
            let found = probe.findings(for: round)
            codes.formUnion(found.map(\.code.rawValue))
            let quick = Set(found.map { "\($0.severity) [\($0.code)] \($0.message)" })
            var written = files
            written[insertion.file] = insertion.apply(round, to: files[insertion.file] ?? "")
            let reloaded = Resolver.load(paths, reader: MemoryPlanReader(written))
            #expect(reloaded.findings.isEmpty)
            let window = DateWindow(from: day.adding(days: -800) ?? day, through: day.adding(days: 800) ?? day)
            let result = Checker.check(reloaded, options: CheckOptions(today: today, window: window, reader: MemoryPlanReader(written)))
            func atInsertedLine(_ location: ParleyKit.SourceLocation) -> Bool {
                location.file == insertion.file && location.line == insertion.line
            }
            let full = Set(
                result.findings.filter { atInsertedLine($0.location) || $0.notes.contains { atInsertedLine($0.location) } }
                    .map { "\($0.severity) [\($0.code)] \($0.message)" })
            #expect(quick == full, "candidate on \(day)")
        }
        return codes
    }

    static func every(_ step: Int, from: String, through: String) -> [LocalDate] {
        guard var day = ISO8601.date(from), let end = ISO8601.date(through) else { return [] }
        var days: [LocalDate] = []
        while day <= end, let next = day.adding(days: step) {
            days.append(day)
            day = next
        }
        return days
    }

    @Test func agreesWithAFullCheckInTheMiddleOfHistory() throws {
        let codes = try Self.compare(
            files: Self.tangled, paths: ["t"], series: "d", days: Self.every(3, from: "2026-01-01", through: "2027-03-31"), venue: "moscow")
        #expect(codes.isSuperset(of: ["busy", "blackout", "cadence", "double-booked", "gap", "host", "order"]), "\(codes.sorted())")
    }

    @Test func agreesWithAFullCheckOnTheShippedPlans() throws {
        let files = Repository.files(under: "Plans")
        let codes = try Self.compare(
            files: files, paths: ["Plans"], series: "id-ru-iis", days: Self.every(4, from: "2027-01-01", through: "2029-06-30"),
            venue: "moscow")
        #expect(codes.isSuperset(of: ["holiday", "weekend", "gap", "host"]), "\(codes.sorted())")
    }
}
