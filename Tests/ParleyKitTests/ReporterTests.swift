import Basics
import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The four report formats on one plan with an error, a warning, notes, an input error and a
/// file name that needs escaping, plus one finding with a suggestion made from its parts (a
/// plan with an input error gets no suggestions from `check`), against committed golden files.
@Suite struct ReporterTests {
    static let path = "plans/100% x:y,z.parley"
    static let text = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Mosco
        blackout 2026-03-01..2026-03-03 for ID "election: \\"final\\", 100%"
        dialogue d "Dialogue"
          partners ID RU
          lasting 2 days
          gap at least 6 months soft
          round 1 on 2025-12-01 held
          round 2 on 2026-03-02 planned

        """

    static func findings() -> ([Finding], [String: SourceFile]) {
        let loaded = Resolver.load([path], reader: MemoryPlanReader([path: text]))
        let today = LocalDate(year: 2026, month: 1, day: 15) ?? .minimum
        let location = SourceLocation(file: path, line: 11, column: 3, offset: 0)
        let suggested = Finding(
            .warning, code: .gap, message: "round 2 of d on 2026-03-02 is 91 days after round 1 (2025-12-01): \"too soon\", 100%",
            at: location,
            suggestion: Finding.Suggestion(
                "move round 2 to 2026-06-01, the best date that passes every rule (parley next d --round 2)",
                date: LocalDate(year: 2026, month: 6, day: 1)))
        let findings = Checker.check(loaded, options: CheckOptions(today: today)).findings
        return (Finding.inReportOrder(findings + [suggested]), loaded.sources)
    }

    @Test(arguments: [
        (ReportFormat.text, "report.txt"), (.json, "report.json"), (.github, "report.github.txt"), (.sarif, "report.sarif.json"),
    ])
    func matchesGolden(_ format: ReportFormat, _ file: String) {
        let (findings, sources) = Self.findings()
        #expect(findings.count == 4)
        Golden.expect(format.render(findings, sources: sources).text, path: "Tests/ParleyKitTests/Golden/\(file)")
    }

    @Test func githubEscapingFollowsTheToolkit() {
        func escaped(_ text: String, property: Bool) -> String {
            var output: [UInt8] = []
            GitHubReporter.escape(Array(text.utf8), property: property, to: &output)
            return String(decoding: output, as: UTF8.self)
        }
        #expect(escaped("a%b\r\nc:d,e", property: false) == "a%25b%0D%0Ac:d,e")
        #expect(escaped("a%b\r\nc:d,e", property: true) == "a%25b%0D%0Ac%3Ad%2Ce")
    }

    /// The SARIF log has the shape SARIF 2.1.0 requires (§3.13 sarifLog, §3.14 run,
    /// §3.18 toolComponent, §3.27 result, §3.30 region): checked structurally here, and
    /// against the OASIS JSON schema by Tests/Fixtures/validate_outputs.py.
    @Test func sarifShape() throws {
        let (findings, sources) = Self.findings()
        let data = Data(ReportFormat.sarif.render(findings, sources: sources).bytes)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "parley")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleCatalog.all.map(\.code.rawValue))
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == findings.count)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let locations = try #require(result["locations"] as? [[String: Any]])
            let region = try #require((locations.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
        }
        let uri =
            (((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
            as? [String: Any])?["uri"] as? String
        #expect(uri == "plans/100%25%20x%3Ay,z.parley")
    }

    @Test func textCaretLinesUpUnderWideCharacters() {
        #expect(TextReporter.caret(under: "  round “x” y", column: 13) == "            ^")
        #expect(TextReporter.caret(under: "\tx", column: 2) == "\t^")
        #expect(TextReporter.caret(under: "ab", column: 5) == "    ^")
    }
}
