import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The shipped plans must pass `parley check` (exit 0) on the day the tests run and for the
/// next year of days the README's quick start could be run on, and be formatted canonically.
@Suite struct PlansTests {
    static let reader = MemoryPlanReader(Repository.files(under: "Plans"))

    @Test(arguments: [0, 30, 90, 180, 365]) func passCheck(daysFromNow: Int) throws {
        let now = try #require(Instant(Date()).utcDateTime?.date.adding(days: daysFromNow))
        let loaded = Resolver.load(["Plans"], reader: Self.reader)
        let result = Checker.check(loaded, options: CheckOptions(today: now))
        #expect(!result.hasInputErrors && result.errorCount == 0, "\(TextReporter.report(result.findings, sources: loaded.sources))")
        #expect(loaded.plan.series.count == 12)
    }

    @Test func recordTheFoundingFacts() throws {
        let plan = Resolver.load(["Plans"], reader: Self.reader).plan
        let iis = try #require(plan.seriesByID["id-ru-iis"])
        let first = try #require(iis.rounds.first)
        #expect(first.start == .date(try #require(LocalDate(year: 2017, month: 3, day: 22))))
        #expect(first.venue?.id == "jakarta")
        #expect(first.status == .held)
        #expect(iis.basis?.contains("2015-06-22") == true)
    }
}
