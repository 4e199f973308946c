import CivilTime
import Testing

@testable import ParleyKit

/// The plan-language lines the conflict rules read: `hours`, `subdivision`, `travel`,
/// `avoid ramadan`, `acknowledge`; what they build and how they fail.
@Suite struct ConflictLanguageTests {
    static func load(_ text: String) -> LoadedPlan {
        Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": text]))
    }

    static let head =
        "country ID \"Indonesia\"\n  timezone Asia/Jakarta\n  hours 08:00..16:00\n  subdivision JK\ncountry RU \"Russia\"\n  timezone Europe/Moscow\nperson p \"P\" of ID\n  hours 07:30..15:30\n"

    @Test func readsWhatTheRulesUse() throws {
        let loaded = Self.load(
            Self.head
                + "dialogue d \"D\"\n  partners ID RU\n  travel 2 days\n  avoid ramadan soft\n  round 1 on 2026-10-06 virtual planned\n    acknowledge observance \"Ramadan\" because \"agreed\"\n"
        )
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let plan = loaded.plan
        let country = try #require(plan.countriesByID["ID"])
        #expect(country.workingHours?.description == "08:00–16:00")
        #expect(country.subdivision == "JK")
        #expect(plan.peopleByID["p"]?.workingHours?.description == "07:30–15:30")
        let series = try #require(plan.seriesByID["d"])
        #expect(series.travelDays == 2)
        #expect(series.rules.map(\.kind) == [.avoidObservance("ramadan")])
        #expect(series.rules.first?.severity == .warning)
        let acknowledgement = try #require(series.rounds.first?.acknowledgements.first)
        #expect(acknowledgement.code == .observance)
        #expect(acknowledgement.subject == "Ramadan")
        #expect(acknowledgement.reason == "agreed")
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let line: String
        let message: String
        var testDescription: String { line }
    }

    @Test(arguments: [
        Bad(line: "  travel 20 days", message: "expected a number of travel days after 'travel' from 0 to 14, found 20"),
        Bad(line: "  travel 1 weeks", message: "expected 'days', found 'weeks'"),
        Bad(
            line: "  round 1 on 2026-10-06 virtual planned\n    acknowledge holiday \"x\"",
            message: "expected 'because', found the end of the line"),
        Bad(
            line: "  round 1 on 2026-10-06 virtual planned\n    acknowledge holidays because \"x\"",
            message:
                "expected a finding code (cadence, gap, host, order, obligation, stale, agenda, blackout, holiday, weekend, observance, double-booked, travel, venue, busy, hours) after 'acknowledge', found 'holidays'; did you mean 'holiday'?"
        ),
    ])
    func seriesLinesFailClearly(_ bad: Bad) {
        let loaded = Self.load(Self.head + "dialogue d \"D\"\n  partners ID RU\n" + bad.line + "\n")
        #expect(loaded.findings.map(\.message) == [bad.message])
    }

    @Test func hoursMustEndAfterTheyStart() {
        let loaded = Self.load("country ID \"Indonesia\"\n  timezone Asia/Jakarta\n  hours 17:00..09:00\n")
        #expect(loaded.findings.map(\.message) == ["expected working hours that end after they start, found 17:00..09:00"])
        #expect(loaded.findings.first?.location.column == 9)
    }

    @Test func anUnknownSubdivisionIsReportedByTheHolidayRule() throws {
        let loaded = Self.load(
            "country AU \"Australia\"\n  timezone Australia/Sydney\n  subdivision ACY\ncountry ID \"Indonesia\"\n  timezone Asia/Jakarta\ndialogue d \"D\"\n  partners ID AU\n  avoid holidays\n  round 1 on 2026-10-06 virtual planned\n"
        )
        let result = Checker.check(loaded, options: CheckOptions(today: LocalDate(year: 2026, month: 6, day: 1) ?? .minimum))
        let finding = try #require(result.findings.first { $0.code == .holiday })
        #expect(finding.severity == .warning)
        #expect(finding.location.line == 1)
        #expect(finding.message.hasPrefix("holidays of AU cannot be checked"))
        #expect(finding.message.contains("ACT"), "\(finding.message)")
    }
}
