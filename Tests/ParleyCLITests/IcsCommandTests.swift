import Foundation
import Testing

@testable import ParleyCLI

/// `parley ics`: writing, `--by`, `--check`, stale feeds, errors and exit codes.
@Suite("parley ics")
struct IcsCommandTests {
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country SG "Singapore"
          timezone Asia/Singapore
        venue jakarta "Jakarta" in ID
        venue singapore "Singapore" in SG
        person id-desk "ASEAN desk" of ID
          email "asean.desk@example.go.id"
        person sg-director "Director, cyber" of SG
          email "director@example.gov.sg"
        dialogue id-sg-cyber "Indonesia–Singapore cyber dialogue"
          partners ID SG
          every 12 months
          hosts alternate jakarta singapore
          delegates sg-director
          organizer id-desk
          round 1 on 2025-05-06 at jakarta held
          round 2 on 2026-05-12 at singapore planned

        """

    /// A fresh folder with `plan.parley` in it; the feeds go in `feeds/` beside it.
    struct Scratch {
        let root: String
        var planPath: String { root + "/plan.parley" }
        var feeds: String { root + "/feeds" }

        init(plan: String = IcsCommandTests.plan) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-ics-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try Data(plan.utf8).write(to: URL(fileURLWithPath: planPath))
        }

        func files() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: feeds)) ?? []).sorted()
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    @Test func writesFeedsAndLeavesCurrentOnesAlone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(first.code == .success, "\(first.standardError)")
        #expect(
            first.standardOutput == """
                \(scratch.feeds)/all.ics: created (2 events)
                \(scratch.feeds)/id-sg-cyber.ics: created (2 events)
                2 feeds in \(scratch.feeds): 2 written, 0 unchanged

                """)
        #expect(scratch.files() == ["all.ics", "id-sg-cyber.ics"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/id-sg-cyber.ics"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("METHOD:PUBLISH\r\n"))
        #expect(text.contains("UID:id-sg-cyber-round-2@parley\r\n"))
        let second = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(second.code == .success)
        #expect(second.standardOutput == "2 feeds in \(scratch.feeds): 0 written, 2 unchanged\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/id-sg-cyber.ics")) == bytes)
        #expect(!scratch.files().contains { $0.hasPrefix(".") }, "a temporary file was left behind")
    }

    @Test func aFeedThatCannotBeWrittenFailsAfterReportingTheOthers() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // A folder where all.ics should go: renaming the finished temporary file onto it fails.
        try FileManager.default.createDirectory(atPath: scratch.feeds + "/all.ics", withIntermediateDirectories: true)
        let run = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(run.code == .invalidInput)
        #expect(run.standardOutput == "\(scratch.feeds)/id-sg-cyber.ics: created (2 events)\n")
        #expect(run.standardError.hasPrefix("Error: "))
        #expect(run.standardError.contains("all.ics"))
        #expect(run.standardError.contains("1 of 2 changed feeds were written"))
        #expect(FileManager.default.fileExists(atPath: scratch.feeds + "/id-sg-cyber.ics"))
        #expect(!scratch.files().contains { $0.hasPrefix(".") }, "a temporary file was left behind")
    }

    @Test(arguments: [
        ("country", ["all.ics", "country-ID.ics", "country-SG.ics"]),
        ("person", ["all.ics", "person-id-desk.ics", "person-sg-director.ics"]),
    ])
    func splitsBy(_ grouping: String, _ expected: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--by", grouping])
        #expect(result.code == .success, "\(result.standardError)")
        #expect(scratch.files() == expected)
    }

    @Test func checkWritesNothingAndListsWhatDiffers() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--check"])
        #expect(missing.code == .findings)
        #expect(missing.standardOutput.contains("\(scratch.feeds)/all.ics: missing\n"))
        #expect(scratch.files().isEmpty)
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds]).code == .success)
        let current = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--check"])
        #expect(current.code == .success)
        #expect(current.standardOutput == "2 feeds in \(scratch.feeds) are current\n")

        // Move round 2: its feed and all.ics differ; --check says so and changes nothing.
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/all.ics"))
        let moved = Self.plan.replacingOccurrences(
            of: "round 2 on 2026-05-12 at singapore planned", with: "round 2 on 2026-06-02 at singapore planned\n    moved from 2026-05-12")
        try Data(moved.utf8).write(to: URL(fileURLWithPath: scratch.planPath))
        // A feed Parley wrote that the plan no longer produces is stale; another .ics is not Parley's business.
        try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/id-sg-cyber.ics")).write(
            to: URL(fileURLWithPath: scratch.feeds + "/old-series.ics"))
        let foreign = Data("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//Else//EN\r\nX-WR-CALNAME:Mine\r\nEND:VCALENDAR\r\n".utf8)
        try foreign.write(to: URL(fileURLWithPath: scratch.feeds + "/mine.ics"))
        let stale = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--check"])
        #expect(stale.code == .findings)
        #expect(
            stale.standardOutput == """
                \(scratch.feeds)/all.ics: differs
                \(scratch.feeds)/id-sg-cyber.ics: differs
                \(scratch.feeds)/old-series.ics: stale (these plans no longer produce it; parley ics --out \(scratch.feeds) --prune removes it)
                3 of the feeds in \(scratch.feeds) are not current; run parley ics without --check

                """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/all.ics")) == before)

        let update = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(update.code == .success)
        #expect(update.standardOutput.contains("\(scratch.feeds)/id-sg-cyber.ics: updated (2 events)\n"))
        #expect(
            update.standardError
                == "note: \(scratch.feeds)/old-series.ics is not produced by these plans; left in place (--prune removes it)\n")
        let after = String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/all.ics")), as: UTF8.self)
        #expect(after.contains("DTSTART;VALUE=DATE:20260602\r\n"))
        #expect(after.contains("SEQUENCE:1\r\n"))

        let pruned = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--prune"])
        #expect(pruned.code == .success)
        #expect(pruned.standardOutput.contains("\(scratch.feeds)/old-series.ics: removed (these plans no longer produce it)\n"))
        #expect(scratch.files() == ["all.ics", "id-sg-cyber.ics", "mine.ics"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.feeds + "/mine.ics")) == foreign)
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--check"]).code == .success)
    }

    /// SEQUENCE grows on every change a client must show, cancelling included, and an unchanged
    /// event keeps its SEQUENCE and DTSTAMP from the feed on disk (RFC 5545 §3.8.7.2, §3.8.7.4).
    @Test func sequenceGrowsOnEveryChangeAndUnchangedEventsKeepTheirStamps() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let feed = scratch.feeds + "/id-sg-cyber.ics"
        func event(_ number: Int) throws -> [String] {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: feed)), as: UTF8.self)
            let events = text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst()
            let found = try #require(events.first { $0.contains("UID:id-sg-cyber-round-\(number)@parley\r\n") })
            return found.components(separatedBy: "\r\n").filter {
                $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("DTSTAMP:") || $0.hasPrefix("STATUS:")
            }
        }
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds]).code == .success)
        // A fresh folder: SEQUENCE from the plan (no `moved from`), DTSTAMP the last held round's day.
        #expect(try event(2) == ["DTSTAMP:20250506T000000Z", "SEQUENCE:0", "STATUS:CONFIRMED"])

        // Cancel round 2 and record round 3 held: round 2 changed (STATUS), round 1 did not.
        let cancelled = Self.plan.replacingOccurrences(
            of: "round 2 on 2026-05-12 at singapore planned",
            with: "round 2 on 2026-05-12 at singapore cancelled\n  round 3 on 2026-06-09 at jakarta held")
        try Data(cancelled.utf8).write(to: URL(fileURLWithPath: scratch.planPath))
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds]).code == .success)
        #expect(try event(1) == ["DTSTAMP:20250506T000000Z", "SEQUENCE:0", "STATUS:CONFIRMED"])
        #expect(try event(2) == ["DTSTAMP:20260609T000000Z", "SEQUENCE:1", "STATUS:CANCELLED"])
        #expect(try event(3) == ["DTSTAMP:20260609T000000Z", "SEQUENCE:0", "STATUS:CONFIRMED"])
        // The same plan and the same folder: nothing changes, and --check agrees.
        let again = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(again.standardOutput.hasSuffix("2 feeds in \(scratch.feeds): 0 written, 2 unchanged\n"))
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--check"]).code == .success)

        // Un-cancelling is a change too: SEQUENCE grows again, it never goes back.
        let restored = cancelled.replacingOccurrences(of: "singapore cancelled", with: "singapore planned")
        try Data(restored.utf8).write(to: URL(fileURLWithPath: scratch.planPath))
        #expect(ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds]).code == .success)
        #expect(try event(2) == ["DTSTAMP:20260609T000000Z", "SEQUENCE:2", "STATUS:CONFIRMED"])
    }

    /// A plan without recorded rounds has no feed to write: an empty VCALENDAR breaks RFC 5545 §3.4.
    @Test func noRoundsWritesNoFeed() throws {
        let scratch = try Scratch(plan: Self.plan.components(separatedBy: "  round 1").first ?? "")
        defer { scratch.remove() }
        let run = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(run.code == .success)
        #expect(run.standardError.contains("no feed to write"))
        #expect(scratch.files().isEmpty)
    }

    @Test func badCommandLinesExit2() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let noOut = ParleyRun(["ics", scratch.planPath])
        #expect(noOut.code == .invalidInput)
        #expect(noOut.standardError.contains("missing --out DIR"))
        let badBy = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds, "--by", "contry"])
        #expect(badBy.code == .invalidInput)
        #expect(badBy.standardError.contains("--by must be one of series, country, person; got 'contry'"))
        #expect(scratch.files().isEmpty)
    }

    @Test func malformedPlansExit2AndWriteNothing() throws {
        let scratch = try Scratch(plan: Self.plan + "  remind 2 fortnights before\n")
        defer { scratch.remove() }
        let result = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(result.code == .invalidInput)
        #expect(
            result.standardOutput.contains(
                "\(scratch.planPath):19:12: error: expected a unit (minutes, hours, days, weeks), found 'fortnights'"))
        #expect(scratch.files().isEmpty)
    }

    @Test func anOrganizerWithoutEmailExits2() throws {
        let scratch = try Scratch(plan: Self.plan.replacingOccurrences(of: "  email \"asean.desk@example.go.id\"\n", with: ""))
        defer { scratch.remove() }
        let result = ParleyRun(["ics", scratch.planPath, "--out", scratch.feeds])
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.contains("\(scratch.planPath):15:13: error: organizer 'id-desk' of id-sg-cyber has no email"))
        #expect(scratch.files().isEmpty)
    }

    @Test func helpDescribesTheCommand() {
        let result = ParleyRun(["ics", "--help"])
        #expect(result.code == .success)
        #expect(result.standardOutput.contains("Usage: parley ics [PATH...] --out DIR [--by series|country|person] [--check]"))
    }
}
