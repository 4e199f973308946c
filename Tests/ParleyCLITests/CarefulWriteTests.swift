import Foundation
import Testing

@testable import ParleyCLI

/// The writes of `fmt`, `next --write` and `ics` as issue 22 found them: a symlinked plan,
/// `--no-follow`, and temporary files an interrupted `ics` left behind.
@Suite struct CarefulWriteTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-careful-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country SG "Singapore"
          timezone Asia/Singapore
        venue jakarta "Jakarta" in ID
        dialogue d "D"
          partners ID SG
          round 1 on 2027-03-09 at jakarta planned

        """

    /// `fmt` on a symlinked plan formats the shared target and keeps the link (it once replaced
    /// the link with a formatted copy); `--no-follow` refuses and changes nothing.
    @Test func fmtFollowsAnOwnLinkOrRefusesWithNoFollow() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Plans/shared"), withIntermediateDirectories: true)
        let target = root.appendingPathComponent("Plans/shared/plan.parley")
        let link = root.appendingPathComponent("Plans/plan.parley")
        let messy = "country   ID \"Indonesia\"\n    timezone Asia/Jakarta\n"
        try Data(messy.utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "shared/plan.parley")
        let refused = ParleyRun(["fmt", link.path, "--no-follow"])
        #expect(refused.code == .invalidInput)
        #expect(refused.standardError.contains("it is a symbolic link and --no-follow is given"))
        #expect(try String(contentsOf: target, encoding: .utf8) == messy)
        let run = ParleyRun(["fmt", link.path])
        #expect(run.code == .success, "\(run.standardError)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "country ID \"Indonesia\"\n  timezone Asia/Jakarta\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "shared/plan.parley")
    }

    /// A temporary feed a killed `ics` left (1 MiB, truncated) is listed as stale by `--check`
    /// (exit 1) and removed by the next `ics`; a rerun once ignored it and said all was current.
    @Test func icsReportsAndSweepsStaleTemporaryFiles() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let plan = root.appendingPathComponent("plan.parley").path
        let feeds = root.appendingPathComponent("feeds").path
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: plan))
        #expect(ParleyRun(["ics", plan, "--out", feeds]).code == .success)
        let child = fork()
        if child == 0 { _exit(0) }
        var status: Int32 = 0
        _ = waitpid(child, &status, 0)
        let leftover = ".all.ics.tmp-\(child)-12345"
        #expect(FileManager.default.createFile(atPath: feeds + "/" + leftover, contents: Data(count: 1 << 20)))
        let check = ParleyRun(["ics", plan, "--out", feeds, "--check"])
        #expect(check.code == .findings)
        #expect(check.standardOutput.contains("\(leftover): stale temporary file"))
        let write = ParleyRun(["ics", plan, "--out", feeds])
        #expect(write.code == .success)
        #expect(write.standardOutput.contains("\(leftover): removed"))
        #expect(!FileManager.default.fileExists(atPath: feeds + "/" + leftover))
        #expect(ParleyRun(["ics", plan, "--out", feeds, "--check"]).code == .success)
    }
}
