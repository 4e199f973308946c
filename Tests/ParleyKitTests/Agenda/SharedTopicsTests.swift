import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// `agenda ID "Title"` with `topic` lines, taken up by several series through `use` and
/// `topics ID`: the series see the shared ids (in `cover`, `covers`, coverage counting), and a
/// topic id given twice, an unknown agenda or one in a file not used are input errors where
/// they are written.
@Suite struct SharedTopicsTests {
    static let agenda = """
        country ID "Indonesia"
          timezone Asia/Jakarta
          holidays none
        country RU "Russia"
          timezone Europe/Moscow
          holidays none
        agenda iis "Cooperation in international information security"
          topic policies "Exchange of national policies"
          topic governance "Internet governance"
          topic legal "Legal frameworks"

        """

    /// A series `id` in its own file that uses `agenda.parley`, with `lines` under it.
    static func track(_ id: String, _ lines: String) -> String {
        "use \"agenda.parley\"\ndialogue \(id) \"Track\"\n  partners ID RU\n  topics iis\n" + lines
    }

    static func load(_ files: [String: String]) -> LoadedPlan {
        let reader = MemoryPlanReader(files)
        return Resolver.load(files.keys.sorted().filter { $0 != "agenda.parley" }, reader: reader)
    }

    static func check(_ loaded: LoadedPlan) -> [Finding] {
        let window = DateWindow(from: .minimum, through: .maximum)
        return Checker.check(
            loaded, options: CheckOptions(today: LocalDate(year: 2027, month: 1, day: 1) ?? .minimum, window: window, suggestions: false)
        ).findings
    }

    /// Two series in two files share the agenda; each counts its own rounds: `a` leaves legal
    /// uncovered in rounds 2 and 3 (a lapse under every 2 rounds), `b` covers everything.
    @Test func twoSeriesShareTheTopicsAndCountTheirOwnRounds() throws {
        let loaded = Self.load([
            "agenda.parley": Self.agenda,
            "a.parley": Self.track(
                "a",
                """
                  cover each topic every 2 rounds
                  round 1 on 2025-03-11 virtual held
                    covers policies governance legal
                  round 2 on 2025-09-09 virtual held
                    covers policies governance
                  round 3 on 2026-03-10 virtual held
                    covers policies governance

                """),
            "b.parley": Self.track(
                "b",
                """
                  topic certs "Computer incident response teams"
                  cover each topic every 2 rounds
                  round 1 on 2025-03-12 virtual held
                    covers policies governance legal certs
                  round 2 on 2025-09-10 virtual held
                    covers policies governance legal certs

                """),
        ])
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        #expect(loaded.plan.seriesByID["a"]?.topics.map(\.id) == ["policies", "governance", "legal"])
        #expect(loaded.plan.seriesByID["b"]?.topics.map(\.id) == ["policies", "governance", "legal", "certs"])
        let agenda = Self.check(loaded).filter { $0.code == .agenda }
        #expect(agenda.map(\.location.file) == ["a.parley"])
        #expect(agenda.first?.message.hasPrefix("topic legal of a is not covered in rounds 2 and 3") == true)
        let series = try #require(loaded.plan.seriesByID["a"])
        #expect(series.topicsDue(after: series.meetings, number: 4).map(\.id) == ["legal"])
    }

    /// A series' own topic with a shared id, and a `covers` that misspells a shared one.
    @Test func aCollisionAndAMisspeltTopicAreInputErrorsWithLocations() {
        let loaded = Self.load([
            "agenda.parley": Self.agenda,
            "a.parley": Self.track(
                "a",
                """
                  topic legal "Legal frameworks (again)"
                  round 1 on 2025-03-11 virtual held
                    covers legl

                """),
        ])
        let messages = loaded.findings.map { "\($0.location.file):\($0.location.line): \($0.message)" }
        #expect(
            messages == [
                "a.parley:5: topic legal of a comes from both agenda iis and its own topic line; expected each topic id once (rename one, or drop the series' own line)",
                "a.parley:7: unknown topic 'legl' in a (declared: policies, governance, legal); did you mean 'legal'?",
            ])
        #expect(loaded.findings.first?.notes.first?.location.file == "agenda.parley")
        #expect(loaded.findings.first?.notes.first?.location.line == 10)
    }

    /// An agenda misspelt, and one declared in a file the series does not use.
    @Test func anUnknownOrUnusedAgendaIsAnInputError() {
        let misspelt = Self.load([
            "agenda.parley": Self.agenda,
            "a.parley": Self.track("a", "").replacingOccurrences(of: "topics iis", with: "topics iss"),
        ])
        #expect(misspelt.findings.map(\.message) == ["unknown agenda 'iss'; did you mean 'iis'?"])
        let files = [
            "agenda.parley": Self.agenda, "a.parley": Self.track("a", "").replacingOccurrences(of: "use \"agenda.parley\"\n", with: ""),
        ]
        let unused = Resolver.load(["a.parley", "agenda.parley"], reader: MemoryPlanReader(files))
        #expect(unused.findings.contains { $0.message.hasPrefix("agenda 'iis' is declared in agenda.parley, which a.parley does not use") })
    }
}
