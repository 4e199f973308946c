import Foundation
import Testing

@testable import ParleyKit

/// A corpus of malformed plans: each must give a clear `input` error at the right line
/// saying what was expected (never a crash, a hang, or silence).
@Suite struct MalformedInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let line: Int
        let fragment: String
        var testDescription: String { name }
    }

    static let head =
        "country ID \"Indonesia\"\n  timezone Asia/Jakarta\ncountry RU \"Russia\"\n  timezone Europe/Moscow\nvenue jakarta \"Jakarta\" in ID\nvenue moscow \"Moscow\" in RU\n"
    static func series(_ body: String) -> String { head + "dialogue d \"D\"\n  partners ID RU\n" + body }

    static let cases: [Case] = [
        Case(name: "unknown keyword", text: "contry ID \"x\"\n", line: 1, fragment: "did you mean 'country'?"),
        Case(
            name: "truncated declaration", text: "country", line: 1, fragment: "expected a country id such as ID, found the end of the line"
        ),
        Case(name: "truncated string", text: "country ID \"Indo", line: 1, fragment: "unterminated string"),
        Case(name: "missing name", text: "country ID\n  timezone UTC\n", line: 1, fragment: "expected the country's name in quotes"),
        Case(name: "tab indentation", text: "country ID \"I\"\n\ttimezone UTC\n", line: 2, fragment: "found a tab"),
        Case(
            name: "indentation matches nothing", text: head + "dialogue d \"D\"\n    partners ID RU\n  every 12 months\n", line: 9,
            fragment: "indentation matches no enclosing block"),
        Case(name: "indented first line", text: "  country ID \"I\"\n", line: 1, fragment: "expected a declaration at column 1"),
        Case(name: "bad zone", text: "country ID \"I\"\n  timezone Asia/Jakarat\n", line: 2, fragment: "did you mean 'Asia/Jakarta'?"),
        Case(name: "bare city as zone", text: "country ID \"I\"\n  timezone Jakarta\n", line: 2, fragment: "did you mean 'Asia/Jakarta'?"),
        Case(name: "missing zone", text: "country ID \"I\"\n", line: 1, fragment: "has no time zone"),
        Case(
            name: "duplicate property", text: "country ID \"I\"\n  timezone UTC\n  timezone UTC\n", line: 3,
            fragment: "'timezone' is given twice"),
        Case(
            name: "bad weekday", text: "country ID \"I\"\n  timezone UTC\n  weekend sat sunday funday\n", line: 3,
            fragment: "expected a weekday"),
        Case(
            name: "bad holiday source", text: "country ID \"I\"\n  timezone UTC\n  holidays bultin\n", line: 3,
            fragment: "did you mean 'builtin'?"),
        Case(
            name: "unknown country property", text: "country ID \"I\"\n  timezone UTC\n  capital \"Jakarta\"\n", line: 3,
            fragment: "expected a country property"),
        Case(name: "venue without in", text: head + "venue bali \"Bali\" at ID\n", line: 7, fragment: "expected 'in'"),
        Case(
            name: "venue in unknown country", text: head + "venue bali \"Bali\" in IDN\n", line: 7,
            fragment: "unknown country 'IDN'; did you mean 'ID'?"),
        Case(
            name: "venue in a venue", text: head + "venue bali \"Bali\" in jakarta\n", line: 7,
            fragment: "expected a country, found 'jakarta', which is a venue"),
        Case(name: "person without of", text: head + "person p \"Role\" ID\n", line: 7, fragment: "expected 'of'"),
        Case(
            name: "bad email", text: head + "person p \"Role\" of ID\n  email \"nobody\"\n", line: 8, fragment: "expected an email address"),
        Case(name: "busy without from", text: head + "person p \"Role\" of ID\n  busy \"x.ics\"\n", line: 8, fragment: "expected 'from'"),
        Case(name: "series without partners", text: head + "dialogue d \"D\"\n  every 12 months\n", line: 7, fragment: "has no partners"),
        Case(name: "one partner", text: head + "dialogue d \"D\"\n  partners ID\n", line: 8, fragment: "at least two partner countries"),
        Case(name: "bad unit", text: series("  every 12 monhts\n"), line: 9, fragment: "did you mean 'months'?"),
        Case(
            name: "bad number", text: series("  every twelve months\n"), line: 9,
            fragment: "expected a number after 'every', found 'twelve'"),
        Case(name: "zero cadence", text: series("  every 0 months\n"), line: 9, fragment: "from 1 to 10000, found 0"),
        Case(name: "lasting weeks", text: series("  lasting 2 weeks\n"), line: 9, fragment: "expected 'days' after 'lasting 2'"),
        Case(name: "bad sessions", text: series("  sessions 17:00..09:00\n"), line: 9, fragment: "end after they start"),
        Case(name: "hosts without alternate", text: series("  hosts jakarta moscow\n"), line: 9, fragment: "expected 'alternate'"),
        Case(
            name: "hosting twice", text: series("  host jakarta\n  virtual\n"), line: 10,
            fragment: "conflicts with the hosting already given"),
        Case(
            name: "unknown venue in hosts", text: series("  hosts alternate jakarta mosow\n"), line: 9,
            fragment: "unknown venue 'mosow'; did you mean 'moscow'?"),
        Case(name: "gap without bound", text: series("  gap at 6 months\n"), line: 9, fragment: "expected 'least' or 'most'"),
        Case(
            name: "within unknown series", text: series("  within 90 days after nothing\n"), line: 9, fragment: "unknown series 'nothing'"),
        Case(name: "within itself", text: series("  within 90 days after d\n"), line: 9, fragment: "cannot follow itself"),
        Case(name: "avoid unknown", text: series("  avoid holydays\n"), line: 9, fragment: "did you mean 'holidays'?"),
        Case(name: "February 30", text: series("  round 1 on 2026-02-30\n"), line: 9, fragment: "February 2026 has 28 days"),
        Case(name: "month 13", text: series("  round 1 on 2026-13-01\n"), line: 9, fragment: "there is no month 13"),
        Case(name: "not a date", text: series("  round 1 on tomorrow\n"), line: 9, fragment: "expected a date (YYYY-MM-DD) or date-time"),
        Case(name: "bad time", text: series("  round 1 on 2026-03-10T25:00\n"), line: 9, fragment: "with a valid time"),
        Case(name: "bad status", text: series("  round 1 on 2026-03-10 helt\n"), line: 9, fragment: "did you mean 'held'?"),
        Case(name: "round without on", text: series("  round 1 2026-03-10\n"), line: 9, fragment: "expected 'on'"),
        Case(
            name: "round twice", text: series("  round 1 on 2026-03-10\n  round 1 on 2027-03-10\n"), line: 10,
            fragment: "round 1 is recorded twice"),
        Case(name: "round venue unknown", text: series("  round 1 on 2026-03-10 at bali\n"), line: 9, fragment: "unknown venue 'bali'"),
        Case(
            name: "round property unknown", text: series("  round 1 on 2026-03-10\n    moved to 2026-04-01\n"), line: 10,
            fragment: "expected 'from'"),
        Case(
            name: "round child unknown", text: series("  round 1 on 2026-03-10\n    notes \"x\"\n"), line: 10,
            fragment: "did you mean 'note'?"),
        Case(name: "backwards range", text: "blackout 2026-03-10..2026-03-01\n", line: 1, fragment: "end is not before its start"),
        Case(name: "blackout bad country", text: head + "blackout 2026-03-10 for XX\n", line: 7, fragment: "unknown country 'XX'"),
        Case(name: "paused bad range", text: series("  paused 2026-01-01..2026-02-30\n"), line: 9, fragment: "February 2026 has 28 days"),
        Case(
            name: "duplicate id across kinds", text: head + "venue ID \"x\" in RU\n", line: 7,
            fragment: "duplicate id 'ID': already declared as a country"),
        Case(name: "bad id", text: "country 1D \"x\"\n", line: 1, fragment: "expected a country id"),
        Case(name: "string as keyword", text: "\"country\" ID\n", line: 1, fragment: "expected a declaration"),
        Case(name: "unknown escape", text: "country ID \"a\\qb\"\n  timezone UTC\n", line: 1, fragment: "unknown escape"),
        Case(
            name: "children under use", text: "use \"x.parley\"\n  country ID \"x\"\n", line: 2,
            fragment: "expected no indented lines under 'use'"),
        Case(name: "use missing file", text: "use \"missing.parley\"\n", line: 1, fragment: "cannot read missing.parley: no such file"),
        Case(
            name: "control character", text: "country ID \"x\"\u{1}\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+0001"),
        Case(
            name: "escape in a comment", text: "# a \u{1B}[2J b\ncountry ID \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+001B in a comment"),
        Case(
            name: "bell in a comment", text: "country ID \"x\" # \u{7}\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+0007 in a comment"),
        Case(
            name: "delete in a comment", text: "country ID \"x\"\n  # \u{7F}\n  timezone UTC\n", line: 2,
            fragment: "unexpected control character U+007F in a comment"),
        Case(
            name: "C1 CSI in a comment", text: "# \u{9B}2J\ncountry ID \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+009B in a comment"),
        Case(
            name: "line separator in a comment", text: "# a\u{2028}b\ncountry ID \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+2028 in a comment"),
        Case(
            name: "bidi override in a comment", text: "# \u{202E}txt.exe\ncountry ID \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+202E in a comment"),
        Case(
            name: "bidi isolate in a comment", text: "# \u{2067}x\u{2069}\ncountry ID \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+2067 in a comment"),
        Case(
            name: "C1 NEL in a string", text: "country ID \"x\u{85}y\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+0085 in a string"),
        Case(
            name: "line separator in a string", text: "country ID \"x\u{2028}y\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+2028 in a string"),
        Case(
            name: "C1 CSI in an id", text: "country I\u{9B}D \"x\"\n  timezone UTC\n", line: 1,
            fragment: "unexpected control character U+009B; plan files are plain text"),
        Case(
            name: "bidi override in an id", text: "country ID \"x\"\n  timezone \u{202E}UTC\n", line: 2,
            fragment: "unexpected control character U+202E; plan files are plain text"),
        Case(name: "binary garbage", text: "\u{0}\u{1}\u{2}ELF\u{0}", line: 1, fragment: "found binary data"),
        Case(
            name: "extra words", text: "country ID \"x\" extra\n  timezone UTC\n", line: 1,
            fragment: "expected the end of the line, found 'extra'"),
    ]

    @Test(arguments: cases) func reportsAClearError(_ item: Case) {
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": item.text]))
        #expect(
            loaded.findings.contains { $0.location.line == item.line && $0.message.contains(item.fragment) && $0.code == .input },
            "got: \(loaded.findings.map { "\($0.location.line):\($0.location.column) \($0.message)" })")
        let lines = max(1, item.text.split(separator: "\n", omittingEmptySubsequences: false).count)
        for finding in loaded.findings where finding.location.file == "plan.parley" {
            #expect((1...lines).contains(finding.location.line))
            #expect(finding.location.column >= 1)
        }
        let result = Checker.check(loaded, options: CheckOptions(today: ExamplesTests.today))
        #expect(result.hasInputErrors)
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 40)
    }

    @Test func emptyFilesAreFine() {
        for text in ["", "\n", "   \n\n", "# only a comment\n"] {
            let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": text]))
            #expect(loaded.findings.isEmpty)
        }
    }

    @Test func byteOrderMarkIsSkipped() {
        let loaded = Resolver.load(
            ["plan.parley"], reader: MemoryPlanReader(["plan.parley": "\u{FEFF}country ID \"I\" x\n  timezone UTC\n"]))
        #expect(loaded.findings.map { "\($0.location.line):\($0.location.column)" } == ["1:16"])
        #expect(loaded.plan.countries.count == 1)
    }

    @Test func useCyclePointsAtBothSides() {
        let files = ["a.parley": "use \"b.parley\"\n", "b.parley": "# b\nuse \"a.parley\"\n"]
        let loaded = Resolver.load(["a.parley"], reader: MemoryPlanReader(files))
        let cycle = loaded.findings.first { $0.message.hasPrefix("use cycle") }
        #expect(cycle?.location.file == "b.parley")
        #expect(cycle?.location.line == 2)
        #expect(cycle?.message.contains("a.parley → b.parley → a.parley") == true)
        #expect(cycle?.notes.first?.location.file == "a.parley")
        #expect(cycle?.notes.first?.location.line == 1)
    }

    @Test func duplicateIDsAcrossFilesPointAtBothSides() {
        let files = ["a.parley": "use \"b.parley\"\ncountry ID \"I\"\n  timezone UTC\n", "b.parley": "country ID \"I\"\n  timezone UTC\n"]
        let loaded = Resolver.load(["a.parley"], reader: MemoryPlanReader(files))
        let duplicate = loaded.findings.first { $0.message.hasPrefix("duplicate id 'ID'") }
        #expect(duplicate?.location.file == "b.parley")
        #expect(duplicate?.notes.first?.location.file == "a.parley")
        #expect(duplicate?.notes.first?.location.line == 2)
    }

    @Test func referenceToAFileNotUsedSaysWhichUseToAdd() {
        let files = ["p/a.parley": "country ID \"I\"\n  timezone UTC\n", "p/b.parley": "venue j \"J\" in ID\n"]
        let loaded = Resolver.load(["p"], reader: MemoryPlanReader(files))
        let finding = loaded.findings.first { $0.location.file == "p/b.parley" }
        #expect(finding?.message.contains("which p/b.parley does not use") == true)
        #expect(finding?.notes.first?.location.file == "p/a.parley")
    }

    @Test func useResolvesRelativeToTheUsingFile() {
        let files = [
            "p/sub/a.parley": "use \"../shared/c.parley\"\nvenue j \"J\" in ID\n",
            "p/shared/c.parley": "country ID \"I\"\n  timezone UTC\n",
        ]
        let loaded = Resolver.load(["p/sub/a.parley"], reader: MemoryPlanReader(files))
        #expect(loaded.findings.isEmpty)
        #expect(loaded.plan.files == ["p/sub/a.parley", "p/shared/c.parley"])
    }

    /// A 10 MB file (long comment lines between declarations) and very long lines: no
    /// crash, no hang, every error capped per file.
    @Test func hugeAndLongInputs() {
        let comment = "# " + String(repeating: "x", count: 997) + "\n"
        var big = ""
        big.reserveCapacity(10_100_000)
        var index = 0
        while big.utf8.count < 10_000_000 {
            big += String(repeating: comment, count: 40) + "country C\(index) \"Country \(index)\"\n  timezone UTC\n"
            index += 1
        }
        let loaded = Resolver.load(["big.parley"], reader: MemoryPlanReader(["big.parley": big]))
        #expect(loaded.findings.isEmpty)
        #expect(loaded.plan.countries.count == index)

        let longLine = "country ID \"" + String(repeating: "x", count: 2_000_000) + "\"\n  timezone UTC\n"
        #expect(Resolver.load(["l.parley"], reader: MemoryPlanReader(["l.parley": longLine])).findings.isEmpty)

        let garbage = String(repeating: "?! ¿¡ ~~ ", count: 20_000)
        let flooded = Resolver.load(["g.parley"], reader: MemoryPlanReader(["g.parley": garbage + "\n" + garbage]))
        #expect(flooded.findings.count <= DiagnosticSink.limit + 1)
        #expect(!flooded.findings.isEmpty)
    }
}
