import CivilTime
import Testing

@testable import ParleyKit

/// Each rule on a plan where it must fire (at the marked lines) and one where it must not.
@Suite struct RulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let code: FindingCode
        let body: String
        /// The lines (within `body`, from 1) expected to carry a finding of `code`.
        let lines: [Int]
        var severity: Severity = .error
        var testDescription: String { name }
    }

    static let head = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU

        """
    static let headLines = 7

    static let cases: [Case] = [
        Case(
            name: "cadence on time", code: .cadence,
            body: "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  round 1 on 2025-09-01 held\n  round 2 on 2026-09-20 planned\n",
            lines: []),
        Case(
            name: "cadence late", code: .cadence,
            body: "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  round 1 on 2025-09-01 held\n  round 2 on 2026-11-20 planned\n",
            lines: [5]),
        Case(
            name: "cadence early, soft", code: .cadence,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  tolerance 10 days soft\n  round 1 on 2025-09-01 held\n  round 2 on 2026-08-01 planned\n",
            lines: [6], severity: .warning),
        Case(
            name: "cadence weekly", code: .cadence,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  every 2 weeks\n  round 1 on 2026-05-04 held\n  round 2 on 2026-05-18 held\n  round 3 on 2026-06-05 planned\n",
            lines: [6]),
        Case(
            name: "cadence overdue", code: .cadence,
            body: "dialogue d \"D\"\n  partners ID RU\n  every 6 months\n  round 1 on 2025-01-10 held\n", lines: [1]),
        Case(
            name: "cadence paused", code: .cadence,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  paused 2018-01-01..2025-12-31\n  round 1 on 2017-03-22 held\n  round 2 on 2026-12-15 planned\n",
            lines: []),
        Case(
            name: "cadence ignores cancelled", code: .cadence,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  round 1 on 2025-09-01 held\n  round 2 on 2026-03-01 cancelled\n  round 3 on 2026-09-02 planned\n",
            lines: []),
        Case(
            name: "gap respected", code: .gap,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  gap at least 6 months\n  gap at most 12 months\n  round 1 on 2025-09-01 held\n  round 2 on 2026-06-01 planned\n",
            lines: []),
        Case(
            name: "gap too short", code: .gap,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  gap at least 6 months\n  round 1 on 2025-09-01 held\n  round 2 on 2026-01-01 held\n",
            lines: [5]),
        Case(
            name: "gap too long, soft", code: .gap,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  gap at most 30 days soft\n  round 1 on 2025-09-01 held\n  round 2 on 2025-10-15 held\n",
            lines: [5], severity: .warning),
        Case(
            name: "host alternates", code: .host,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  hosts alternate jakarta moscow\n  round 1 on 2025-09-01 at jakarta held\n  round 2 on 2026-09-01 at moscow planned\n  round 3 on 2027-09-01 proposed\n  round 4 on 2028-09-01 at jakarta proposed\n",
            lines: []),
        Case(
            name: "host repeated", code: .host,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  hosts alternate jakarta moscow\n  round 1 on 2025-09-01 at moscow held\n  round 2 on 2026-09-01 at moscow planned\n",
            lines: [5]),
        Case(
            name: "host fixed", code: .host,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  host jakarta\n  round 1 on 2025-09-01 at moscow held\n  round 2 on 2026-09-01 at jakarta held\n",
            lines: [4]),
        Case(
            name: "host virtual", code: .host,
            body:
                "dialogue d \"D\"\n  partners ID RU\n  virtual soft\n  round 1 on 2025-09-01 at moscow held\n  round 2 on 2026-09-01 virtual held\n",
            lines: [4], severity: .warning),
        Case(
            name: "order within", code: .order,
            body:
                "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-10 held\nexchange b \"B\"\n  partners ID RU\n  within 30 days after a\n  round 1 on 2026-04-10 held\n",
            lines: []),
        Case(
            name: "order too late", code: .order,
            body:
                "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-10 held\nexchange b \"B\"\n  partners ID RU\n  within 30 days after a\n  round 1 on 2026-04-11 held\n",
            lines: [8]),
        Case(
            name: "order during", code: .order,
            body:
                "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-10 held\nexchange b \"B\"\n  partners ID RU\n  within 30 days after a\n  round 1 on 2026-03-11 held\n",
            lines: [8]),
        Case(
            name: "order before any", code: .order,
            body:
                "dialogue a \"A\"\n  partners ID RU\n  round 1 on 2026-07-10 planned\nexchange b \"B\"\n  partners ID RU\n  within 30 days after a\n  round 1 on 2026-01-11 held\n",
            lines: [7]),
        Case(
            name: "blackout clear", code: .blackout,
            body:
                "blackout 2026-03-10 for ID \"election\"\ndialogue d \"D\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-11 held\n  round 2 on 2026-03-08 held\n",
            lines: []),
        Case(
            name: "blackout of a partner", code: .blackout,
            body:
                "blackout 2026-03-10 for ID \"election\"\ndialogue d \"D\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-09 held\n",
            lines: [5]),
        Case(
            name: "blackout for everyone, soft", code: .blackout,
            body: "blackout 2026-03-01..2026-03-31 soft\ndialogue d \"D\"\n  partners ID RU\n  round 1 on 2026-03-31 held\n", lines: [4],
            severity: .warning),
    ]

    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum

    @Test(arguments: cases) func firesExactlyWhereExpected(_ item: Case) {
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.head + item.body]))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let result = Checker.check(loaded, options: CheckOptions(today: Self.today))
        let mine = result.findings.filter { $0.code == item.code }
        #expect(mine.map { $0.location.line - Self.headLines + 1 } == item.lines, "\(mine.map(\.message))")
        #expect(mine.allSatisfy { $0.severity == item.severity })
        let others = result.findings.filter { $0.code != item.code }
        #expect(others.isEmpty, "unexpected: \(others.map { "[\($0.code)] \($0.message)" })")
    }

    @Test func blackoutSuggestsTheNearestClearDate() throws {
        let body =
            "blackout 2026-09-10..2026-09-12 for ID\ndialogue d \"D\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-09-11 planned\n"
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.head + body]))
        let finding = try #require(Checker.check(loaded, options: CheckOptions(today: Self.today)).findings.first)
        // 2026-09-08..09 (3 days earlier) and 2026-09-13..14 (2 days later): without a cadence,
        // each day from the round's current date costs a point, so the later is best.
        #expect(finding.suggestion?.date == LocalDate(year: 2026, month: 9, day: 13))
    }

    @Test func aHeldRoundGetsNoSuggestion() throws {
        let body =
            "blackout 2026-03-10..2026-03-12 for ID\ndialogue d \"D\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-03-11 held\n"
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.head + body]))
        let finding = try #require(Checker.check(loaded, options: CheckOptions(today: Self.today)).findings.first)
        #expect(finding.code == .blackout)
        #expect(finding.suggestion == nil)
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let body = "blackout 2026-03-01 soft\ndialogue d \"D\"\n  partners ID RU\n  round 1 on 2026-03-01 held\n"
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.head + body]))
        #expect(Checker.check(loaded, options: CheckOptions(today: Self.today)).errorCount == 0)
        let strict = Checker.check(loaded, options: CheckOptions(today: Self.today, strict: true))
        #expect(strict.errorCount == 1)
        #expect(strict.findings.allSatisfy { $0.severity == .error })
    }

    @Test func windowLimitsWhatIsReported() throws {
        let body = "blackout 2020-03-01\ndialogue d \"D\"\n  partners ID RU\n  round 1 on 2020-03-01 held\n"
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.head + body]))
        #expect(Checker.check(loaded, options: CheckOptions(today: Self.today)).findings.isEmpty)
        let wide = DateWindow(from: try #require(LocalDate(year: 2020, month: 1, day: 1)), through: Self.today)
        #expect(Checker.check(loaded, options: CheckOptions(today: Self.today, window: wide)).findings.count == 1)
    }

    @Test func everyRuleIsExplainedWithAUniqueCode() {
        let codes = RuleCatalog.all.map(\.code.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(
            codes == [
                "input", "cadence", "gap", "host", "order", "obligation", "stale", "agenda", "blackout", "holiday", "weekend", "observance",
                "double-booked", "travel",
                "venue", "busy", "hours",
            ])
        for code in codes {
            let text = RuleCatalog.explain(code) ?? ""
            #expect(text.hasPrefix("\(code): "))
            #expect(text.contains("Example"))
        }
        #expect(RuleCatalog.explain("nope") == nil)
    }
}
