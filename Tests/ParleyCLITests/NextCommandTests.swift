import Foundation
import ParleyKit
import Testing

@testable import ParleyCLI

/// `parley next` end to end: exit codes, output formats, and the `--write` round trip
/// (next --write, then check and fmt --check pass, and the file gains the round alone).
@Suite struct NextCommandTests {
    /// The package root, from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let plan = """
        # A small track for next's tests.
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU
        person id-deputy "Deputy Minister" of ID
        person ru-deputy "Deputy Secretary" of RU

        dialogue d "D" # the track
          partners ID RU
          every 12 months
          lasting 2 days
          hosts alternate jakarta moscow
          delegates id-deputy ru-deputy
          gap at least 6 months
          round 1 on 2025-03-11 at jakarta held # Jakarta
            note "first"

        # after the track
        blackout 2026-03-11 "state visit" soft

        """

    /// A fresh folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-next-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The lines of `after` that are not in `before`, when `after` is `before` with lines inserted.
    static func addedLines(_ before: String, _ after: String) -> [String] {
        var old = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        var added: [String] = []
        for line in after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if old.first == line { old = old.dropFirst() } else { added.append(line) }
        }
        return old.isEmpty ? added : ["(lines removed: \(old.count))"]
    }

    @Test func writeRecordsTheRoundAloneAndThePlanStillChecksAndFormats() throws {
        let folder = try Self.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.parley"
        let next = ParleyRun(["next", "d", path, "--today", "2025-06-01", "--write"])
        #expect(next.code == .success, "\(next.standardError)")
        #expect(next.standardOutput.hasSuffix("\nWrote 'round 2 on 2026-03-12 at moscow proposed' to \(path):20\n"))
        #expect(Self.addedLines(Self.plan, Self.read(path)) == ["  round 2 on 2026-03-12 at moscow proposed"])
        let lines = Self.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[19] == "  round 2 on 2026-03-12 at moscow proposed")
        #expect(ParleyRun(["check", path, "--today", "2025-06-01"]).code == .success)
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["p.parley"])
    }

    /// The plan with round 2 recorded for 2026-12-30 (late, and at the wrong host) under a
    /// comment, with a note, an earlier move and an acknowledgement.
    static let replanPlan = plan.replacingOccurrences(
        of: "    note \"first\"\n",
        with: """
                note "first"
              # proposed before the budget year was known
              round 2 on 2026-12-30 at jakarta proposed # to be moved
                note "agenda: CERT cooperation"
                moved from 2026-11-02
                acknowledge cadence because "the partner asked for a late round"

            """)

    @Test func replanWriteChangesOnlyTheDateVenueAndAddsMovedFrom() throws {
        let folder = try Self.folder(["p.parley": Self.replanPlan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.parley"
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)
        let run = ParleyRun(["next", "d", path, "--round", "2", "--today", "2025-06-01", "--write"])
        #expect(run.code == .success, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Re-planning round 2 of d: now on 2026-12-30 at jakarta (proposed)\n"))
        let before = Self.replanPlan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = Self.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let round = try #require(before.firstIndex { $0.hasPrefix("  round 2 ") })
        #expect(run.standardOutput.hasSuffix("\nMoved round 2 from 2026-12-30 to 2026-03-12 in \(path):\(round + 1)\n"))
        #expect(after.count == before.count + 1)
        // The round line changes its date and host; the added line ends the round's block
        // (three lines under it); everything else is byte for byte.
        #expect(after[round] == "  round 2 on 2026-03-12 at moscow proposed # to be moved")
        #expect(after[round + 4] == "    moved from 2026-12-30")
        #expect(Array(after[..<round]) == Array(before[..<round]))
        #expect(Array(after[(round + 1)...(round + 3)]) == Array(before[(round + 1)...(round + 3)]))
        #expect(Array(after[(round + 5)...]) == Array(before[(round + 4)...]))
        #expect(ParleyRun(["check", path, "--today", "2025-06-01"]).code == .success)
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)
    }

    @Test(arguments: [
        (
            "1",
            "p.parley:18:3: error: round 1 of d took place (held on 2025-03-11); only a round that has not taken place can be re-planned\n"
        ),
        ("7", "p.parley:11:1: error: d has no round 7: it records 2 rounds (1, 2)\n"),
    ])
    func replanningAHeldOrUnknownRoundIsALocatedInputError(round: String, message: String) throws {
        let folder = try Self.folder(["p.parley": Self.replanPlan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "d", folder + "/p.parley", "--round", round, "--today", "2025-06-01", "--write"])
        #expect(run.code == .invalidInput)
        #expect(run.standardError == folder + "/" + message)
        #expect(Self.read(folder + "/p.parley") == Self.replanPlan)
    }

    @Test func pickChoosesAnotherSuggestion() throws {
        let folder = try Self.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.parley"
        let run = ParleyRun(["next", "d", path, "--today", "2025-06-01", "--write", "--pick", "2", "--format", "json"])
        #expect(run.code == .success)
        #expect(run.standardOutput.contains("\"text\": \"round 2 on 2026-03-09 at moscow proposed\""))
        #expect(Self.addedLines(Self.plan, Self.read(path)) == ["  round 2 on 2026-03-09 at moscow proposed"])
    }

    @Test func writeOnTheShippedPlansKeepsThemCleanAndFormatted() throws {
        var files: [String: String] = [:]
        for name in ["partners.parley", "indonesia-russia.parley"] { files[name] = Self.read(Self.root + "/Plans/" + name) }
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = files["indonesia-russia.parley"] ?? ""
        let run = ParleyRun(["next", "id-ru-iis", folder, "--today", "2026-11-25", "--write"])
        #expect(run.code == .success, "\(run.standardError)")
        let added = Self.addedLines(before, Self.read(folder + "/indonesia-russia.parley"))
        // The round, and the agenda topics due at it (every topic, each last covered at round 1).
        #expect(added.count == 2)
        #expect(added.last == "    covers policies governance legal certs")
        #expect(added.first?.hasPrefix("  round 4 on 2029-") == true)
        #expect(added.first?.hasSuffix(" at moscow proposed") == true)
        #expect(Self.read(folder + "/partners.parley") == files["partners.parley"])
        #expect(ParleyRun(["check", folder, "--today", "2026-11-25"]).code == .success)
        #expect(ParleyRun(["fmt", "--check", folder]).code == .success)
    }

    @Test func nothingFitsExitsOneWithTheExplanation() throws {
        let folder = try Self.folder(["p.parley": Self.plan + "blackout 2025-06-01..2027-12-31 \"moratorium\"\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.parley"
        let run = ParleyRun(["next", "d", path, "--today", "2025-06-01", "--write"])
        #expect(run.code == .findings)
        #expect(run.standardOutput.contains("No window fits.\n"))
        #expect(run.standardOutput.contains("Rejected 311 of 311 windows:\n  311 windows touched a blackout day (e.g. 2025-10-07: "))
        #expect(!run.standardOutput.contains("Wrote"))
        #expect(Self.read(path) == Self.plan + "blackout 2025-06-01..2027-12-31 \"moratorium\"\n")
    }

    @Test func jsonIsStable() throws {
        let folder = try Self.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "d", folder + "/p.parley", "--today", "2025-06-01", "--limit", "1", "--format", "json"])
        #expect(run.code == .success)
        let expected = """
            {
              "due": "2026-03-11",
              "earliestStart": {
                "date": "2025-07-02",
                "noticeDays": 30,
                "travelDays": 1
              },
              "explanation": null,
              "host": {
                "reason": "moscow follows jakarta (round 1) in the alternation jakarta → moscow",
                "venue": "moscow",
                "virtual": false
              },
              "lastingDays": 2,
              "obligation": null,
              "previous": {
                "date": "2025-03-11",
                "number": 1
              },
              "rejections": [],
              "replanning": null,
              "round": 2,
              "schemaVersion": 1,
              "search": [
                {
                  "from": "2026-02-08",
                  "relaxesCadence": false,
                  "stage": 0,
                  "through": "2026-04-11",
                  "windows": 63
                }
              ],
              "series": "d",
              "suggestions": [
                {
                  "costs": [
                    {
                      "code": null,
                      "kind": "distance",
                      "message": "1 day from the ideal date 2026-03-11",
                      "points": 1
                    }
                  ],
                  "first": "2026-03-12",
                  "last": "2026-03-13",
                  "line": "round 2 on 2026-03-12 at moscow proposed",
                  "rank": 1,
                  "satisfies": [
                    "hosted at moscow: moscow follows jakarta (round 1) in the alternation jakarta → moscow",
                    "passes every rule of parley check (\(RuleCatalog.all.count - 2))",
                    "within the cadence tolerance (2026-03-11 ± 31 days)",
                    "no other commitment of the delegates within three days",
                    "no estimated holiday of ID or RU within three days"
                  ],
                  "score": 1,
                  "sessions": [
                    {
                      "end": "2026-03-14T00:00:00+03:00",
                      "start": "2026-03-12T00:00:00+03:00"
                    }
                  ],
                  "travel": [
                    {
                      "inbound": "2026-03-14",
                      "outbound": "2026-03-11",
                      "person": "id-deputy"
                    }
                  ],
                  "venue": "moscow",
                  "virtual": false,
                  "zone": "Europe/Moscow"
                }
              ],
              "tolerance": 31,
              "topicsDue": [],
              "windowsExamined": 63,
              "windowsFitting": 63,
              "written": null
            }

            """
        #expect(run.standardOutput == expected)
    }

    @Test func malformedPlansExitTwoWithTheirErrors() throws {
        let folder = try Self.folder(["p.parley": Self.plan + "dialog x \"X\"\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "d", folder + "/p.parley", "--today", "2025-06-01"])
        #expect(run.code == .invalidInput)
        // The plan's findings are output, as from `parley check`; why the command stopped is a diagnostic.
        #expect(
            run.standardOutput.contains(
                "p.parley:23:1: error: expected a declaration (use, country, venue, person, dialogue, exchange, blackout, agenda), found 'dialog'; did you mean 'dialogue'? [input]\n"
            ))
        #expect(run.standardError == "Error: the plans have 1 input error; fix them first (parley check)\n")
    }

    @Test func limitShowsTheBestAndCountsTheRest() throws {
        let folder = try Self.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "d", folder + "/p.parley", "--today", "2025-06-01", "--limit", "2"])
        #expect(run.code == .success)
        #expect(run.standardOutput.contains("\n1. 2026-03-12..2026-03-13 at moscow (score 1)\n"))
        #expect(run.standardOutput.contains("\n2. 2026-03-09..2026-03-10 at moscow (score 2)\n"))
        #expect(!run.standardOutput.contains("\n3. "))
        #expect(run.standardOutput.hasSuffix("(61 more windows fit; raise --limit to see them)\n"))
    }

    @Test(arguments: [
        (["next"], "Error: missing argument SERIES-ID"),
        (["next", "dd", "PLAN"], "Error: unknown series 'dd'; did you mean 'd'?"),
        (["next", "d", "PLAN", "--pick", "2"], "Error: --pick chooses the suggestion --write records; add --write"),
        (
            ["next", "d", "PLAN", "--after", "2026-03-01", "--before", "2026-03-01"],
            "Error: --after (2026-03-01) must be before --before (2026-03-01)"
        ),
        (["next", "d", "PLAN", "--format", "xml"], "Error: --format must be one of text, json; got 'xml'"),
    ])
    func badCommandLinesExitTwo(arguments: [String], message: String) throws {
        let folder = try Self.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(arguments.map { $0 == "PLAN" ? folder + "/p.parley" : $0 } + ["--today", "2025-06-01"])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.hasPrefix(message), "\(run.standardError)")
    }

    /// The search's work is bounded before any probe runs: a range of a century is refused
    /// with the number of start dates and how to narrow or raise it, and the same range is
    /// searched when `--max-search-days` allows it.
    @Test func aSearchLargerThanTheCapIsRefused() throws {
        // Without a cadence, one stage covers all of --after to --before.
        let folder = try Self.folder(["p.parley": Self.plan.replacingOccurrences(of: "  every 12 months\n", with: "")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["next", "d", folder + "/p.parley", "--today", "2025-06-01", "--after", "2026-01-01", "--before", "2126-01-01"]
        let refused = ParleyRun(arguments)
        #expect(refused.code == .invalidInput)
        #expect(
            refused.standardError.contains(
                "start dates, more than the 10,000 a search may; narrow --after and --before, or raise --max-search-days"),
            "\(refused.standardError)")
        let narrow = ParleyRun(["next", "d", folder + "/p.parley", "--today", "2025-06-01", "--max-search-days", "1"])
        #expect(narrow.code == .invalidInput)
        #expect(narrow.standardError.contains("more than the 1 a search may"), "\(narrow.standardError)")
    }
}
