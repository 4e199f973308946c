import Foundation
import TestSupport
import Testing

@testable import ParleyCLI

/// `parley diff` and `parley rounds` from the command line: exit codes, formats, and `--git`
/// on a repository made by the test.
@Suite struct DiffCommandTests {
    /// A temporary folder with `files` written in it, removed by ``remove()``.
    struct Folder {
        let root: String

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-diff-\(UUID().uuidString)").path
            try write(files)
        }

        func write(_ files: [String: String]) throws {
            for (name, text) in files {
                let path = root + "/" + name
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country JP "Japan"
          timezone Asia/Tokyo
        venue jakarta "Jakarta" in ID
        venue tokyo "Tokyo" in JP

        dialogue id-jp "Indonesia–Japan dialogue"
          partners ID JP
          every 12 months
          avoid weekends
          hosts alternate jakarta tokyo
          round 1 on 2025-03-11 at jakarta held
          round 2 on 2026-03-10 at tokyo planned

        """

    /// 2026-03-14 is a Saturday (Python's `datetime`), so the change brings weekend errors: exit 1.
    @Test func exitCodes() throws {
        let folder = try Folder([
            "old/a.parley": Self.plan,
            "new/a.parley": Self.plan.replacingOccurrences(of: "2026-03-10", with: "2026-03-14"),
            "same/renamed.parley": Self.plan,
            "broken/a.parley": Self.plan + "  round 3 on 2027-02-30 at jakarta planned\n",
        ])
        defer { folder.remove() }
        let today = ["--today", "2026-06-01"]
        let moved = ParleyRun(["diff", folder.root + "/old", folder.root + "/new"] + today)
        #expect(moved.code == .findings)
        #expect(moved.standardOutput.contains("id-jp round 2: moved 2026-03-10 → 2026-03-14\n"))
        let same = ParleyRun(["diff", folder.root + "/old", folder.root + "/same"] + today)
        #expect(same.code == .success)
        #expect(same.standardOutput == "no change to rounds, findings or feeds\n")
        let fixed = ParleyRun(["diff", folder.root + "/new", folder.root + "/old"] + today)
        #expect(fixed.code == .success)
        #expect(fixed.standardOutput.contains("resolved error [weekend]"))
        #expect(ParleyRun(["diff", folder.root + "/old", folder.root + "/broken"] + today).code == .invalidInput)
        #expect(ParleyRun(["diff", folder.root + "/old", folder.root + "/missing"] + today).code == .invalidInput)
        #expect(ParleyRun(["diff", folder.root + "/old"] + today).code == .invalidInput)
    }

    @Test func markdownAndJSON() throws {
        let folder = try Folder([
            "old/a.parley": Self.plan, "new/a.parley": Self.plan.replacingOccurrences(of: "2026-03-10", with: "2026-03-14"),
        ])
        defer { folder.remove() }
        let arguments = ["diff", folder.root + "/old", folder.root + "/new", "--today", "2026-06-01", "--format"]
        let markdown = ParleyRun(arguments + ["markdown"]).standardOutput
        #expect(
            markdown.hasPrefix(
                "### Parley: plan change\n\n1 round changes in 1 series (1 moved); 3 implied rounds change; findings: 1 new error"))
        #expect(markdown.contains("| id-jp | 2 | moved | 2026-03-10 planned, tokyo (Tokyo, JP) | 2026-03-14 planned, tokyo (Tokyo, JP) |"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ParleyRun(arguments + ["json"]).standardOutput.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let rounds = try #require(json["rounds"] as? [[String: Any]])
        #expect(rounds.first?["changes"] as? [String] == ["moved"])
        #expect((json["feeds"] as? [[String: String]])?.map { $0["file"] ?? "" } == ["all.ics", "id-jp.ics"])
    }

    /// `--by country` and `--by person` compare the feeds `ics --by` writes: the files whose
    /// bytes differ between `ics --by X` of the old plans and of the new ones (each written to
    /// an empty folder) are exactly the feeds the diff names. Moving round 2 changes the
    /// series' feed, both partners' and the director's; naming a second delegate changes hers.
    @Test(arguments: ["series", "country", "person"]) func feedsGroupedAsIcsGroupsThem(_ grouping: String) throws {
        let people = """
            person id-director "Director, cyber diplomacy" of ID
            person jp-deputy "Deputy director" of JP

            """
        let old = people + Self.plan.replacingOccurrences(of: "  every 12 months\n", with: "  every 12 months\n  delegates id-director\n")
        let new = old.replacingOccurrences(of: "2026-03-10", with: "2026-03-17")
            .replacingOccurrences(of: "  delegates id-director\n", with: "  delegates id-director jp-deputy\n")
        let folder = try Folder(["old/a.parley": old, "new/a.parley": new])
        defer { folder.remove() }
        for side in ["old", "new"] {
            let run = ParleyRun(["ics", folder.root + "/" + side, "--out", folder.root + "/feeds-" + side, "--by", grouping])
            #expect(run.code == .success, "\(run.standardError)")
        }
        let manager = FileManager.default
        let names = Set(try manager.contentsOfDirectory(atPath: folder.root + "/feeds-old"))
            .union(try manager.contentsOfDirectory(atPath: folder.root + "/feeds-new")).filter { $0.hasSuffix(".ics") }
        let differing = names.filter { name in
            manager.contents(atPath: folder.root + "/feeds-old/" + name) != manager.contents(atPath: folder.root + "/feeds-new/" + name)
        }.sorted()
        let expected: [String: [String]] = [
            "series": ["all.ics", "id-jp.ics"], "country": ["all.ics", "country-ID.ics", "country-JP.ics"],
            "person": ["all.ics", "person-id-director.ics", "person-jp-deputy.ics"],
        ]
        #expect(differing == expected[grouping])
        let diff = ParleyRun(["diff", folder.root + "/old", folder.root + "/new", "--today", "2026-06-01", "--by", grouping])
        let feeds = diff.standardOutput.split(separator: "\n").filter { $0.hasPrefix("feed ") }
        let before = Set(try manager.contentsOfDirectory(atPath: folder.root + "/feeds-old"))
        #expect(feeds.map(String.init) == differing.map { "feed \($0) \(before.contains($0) ? "changed" : "added")" })
    }

    /// `--git REV` on a repository with two commits: the plans at the first commit against the
    /// working tree, run as its own process in the repository; the index and working tree are
    /// untouched.
    @Test func gitRevision() throws {
        let folder = try Folder(["Plans/a.parley": Self.plan])
        defer { folder.remove() }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-q", "-m", "first")
        try folder.write(["Plans/a.parley": Self.plan + "  round 3 on 2027-03-09 at jakarta proposed\n"])
        try git("commit", "-q", "-am", "second")
        let moved = Self.plan.replacingOccurrences(of: "2026-03-10", with: "2026-03-14")
        try folder.write(["Plans/a.parley": moved])
        let parley = try #require(CrossProcessDeterminismTests.executable)
        func diff(_ revision: String) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = parley
            process.arguments = ["diff", "--git", revision, "--today", "2026-06-01"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (status, output) = try diff("HEAD~1")
        #expect(status == 1)
        #expect(output.contains("id-jp round 2: moved 2026-03-10 → 2026-03-14\n"), "\(output)")
        let (againstHead, headOutput) = try diff("HEAD")
        #expect(againstHead == 1)
        #expect(headOutput.contains("id-jp round 3: removed (was 2027-03-09 proposed)\n"), "\(headOutput)")
        let (unknown, message) = try diff("no-such-branch")
        #expect(unknown == 2)
        #expect(message.contains("unknown revision 'no-such-branch'"))
        #expect(try String(contentsOfFile: folder.root + "/Plans/a.parley", encoding: .utf8) == moved)
    }

    /// `--git REV` reads under the limits of plans on disk: more plan files than `--max-files`
    /// (exit 2) and a file larger than `--max-file-size` at the revision (by git's listed size,
    /// before it is read: an input finding of the old side) are refused, on a temporary repository.
    @Test func gitRevisionKeepsTheFileLimits() throws {
        let big = "# " + String(repeating: "x", count: 1 << 20) + "\n"
        let folder = try Folder(["Plans/a.parley": Self.plan, "Plans/b.parley": "# b\n", "Plans/c.parley": "# c\n", "Big/big.parley": big])
        defer { folder.remove() }
        func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let git = URL(fileURLWithPath: "/usr/bin/env")
        let identity = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
        for arguments in [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "first"]] {
            #expect(try run(git, identity + arguments).0 == 0, "git \(arguments)")
        }
        // The working tree's copy is small: the large one is only at HEAD.
        try folder.write(["Big/big.parley": "# small now\n"])
        let parley = try #require(CrossProcessDeterminismTests.executable)
        let (within, _) = try run(parley, ["diff", "--git", "HEAD", "Plans", "--today", "2026-06-01"])
        #expect(within == 0)
        let (tooMany, many) = try run(parley, ["diff", "--git", "HEAD", "Plans", "--today", "2026-06-01", "--max-files", "2"])
        #expect(tooMany == 2)
        #expect(many.contains("more than 2 plan files; the rest are not read (--max-files raises the cap)"), "\(many)")
        let (tooBig, large) = try run(parley, ["diff", "--git", "HEAD", "Big", "--today", "2026-06-01", "--max-file-size", "1"])
        // The old side's unreadable file is its finding, which the new side resolves.
        #expect(tooBig == 0)
        #expect(
            large.contains("resolved error [input] cannot read Big/big.parley: is 2 MiB at HEAD, more than the 1 MiB a file may have"),
            "\(large)")
        let (raised, _) = try run(parley, ["diff", "--git", "HEAD", "Big", "--today", "2026-06-01", "--max-file-size", "2"])
        #expect(raised == 0)
    }

    @Test func roundsCommand() throws {
        let folder = try Folder(["p/a.parley": Self.plan])
        defer { folder.remove() }
        let csv = ParleyRun(["rounds", folder.root + "/p", "id-jp", "--today", "2026-06-01", "--format", "csv"])
        #expect(csv.code == .success)
        let lines = csv.standardOutput.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("series,title,round,status,implied,") == true)
        #expect(lines.count == 1 + 4 + 1)
        let unknown = ParleyRun(["rounds", folder.root + "/p", "id-j", "--today", "2026-06-01"])
        #expect(unknown.code == .invalidInput)
        #expect(unknown.standardError.contains("did you mean 'id-jp'?"))
        let export = ParleyRun(["export", folder.root + "/p", "--today", "2026-06-01", "--format", "csv"])
        #expect(export.standardOutput.components(separatedBy: "\r\n").count == 1 + 5 + 1)
        #expect(!export.standardOutput.contains("findings"))
    }

    /// Examples 29–31: `parley rounds` and `parley diff` as their headers show them, against
    /// their expected outputs (which name no file, so absolute paths give the same text).
    @Test func examples() throws {
        let rounds = ParleyRun(["rounds", Repository.path("Examples/29-rounds.parley"), "--today", "2026-06-01"])
        #expect(rounds.code == .success)
        Golden.expect(rounds.standardOutput, path: "Examples/29-rounds.rounds.expected")
        let diff = ParleyRun([
            "diff", Repository.path("Examples/30-diff-before.parley"), Repository.path("Examples/31-diff-after.parley"), "--today",
            "2026-06-01",
        ])
        #expect(diff.code == .findings)
        Golden.expect(diff.standardOutput, path: "Examples/31-diff-after.diff.expected")
    }
}
