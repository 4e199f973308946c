import Foundation
import Testing

@testable import ParleyCLI

/// `parley next` with an agenda: it names the topics due at the proposed round and `--write`
/// records them under it (`covers …`); the file then reads back, checks and formats, twice over.
@Suite struct NextAgendaTests {
    static let plan = NextCommandTests.plan.replacingOccurrences(
        of: "  gap at least 6 months\n",
        with: """
              gap at least 6 months
              topic policies "Exchange of national policies"
              topic governance "Internet governance"
              cover each topic every 2 rounds

            """
    ).replacingOccurrences(of: "    note \"first\"\n", with: "    note \"first\"\n    covers policies\n")

    @Test func writeRecordsTheTopicsDueAndTheNextRoundOwesTheOthers() throws {
        let folder = try NextCommandTests.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/p.parley"
        #expect(ParleyRun(["check", path, "--today", "2025-06-01"]).code == .success)
        let first = ParleyRun(["next", "d", path, "--today", "2025-06-01", "--write"])
        #expect(first.code == .success, "\(first.standardError)")
        #expect(first.standardOutput.contains("  topics due: governance (Internet governance)\n"), "\(first.standardOutput)")
        #expect(
            NextCommandTests.addedLines(Self.plan, NextCommandTests.read(path)) == [
                "  round 2 on 2026-03-12 at moscow proposed", "    covers governance",
            ])
        #expect(ParleyRun(["check", path, "--today", "2025-06-01"]).code == .success)
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)

        let written = NextCommandTests.read(path)
        let second = ParleyRun(["next", "d", path, "--today", "2025-06-01", "--write", "--format", "json"])
        #expect(second.code == .success, "\(second.standardError)")
        #expect(second.standardOutput.contains("\"topicsDue\""))
        let added = NextCommandTests.addedLines(written, NextCommandTests.read(path))
        #expect(added.count == 2 && added.last == "    covers policies", "\(added)")
        let check = ParleyRun(["check", path, "--today", "2025-06-01"])
        #expect(check.code == .success, "\(check.standardOutput)")
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)
    }

    /// Without the write, the check reports the lapse the written topic prevents.
    @Test func theRoundWithoutItsTopicsIsAnAgendaFinding() throws {
        let unchanged = Self.plan.replacingOccurrences(
            of: "    covers policies\n", with: "    covers policies\n  round 2 on 2026-03-12 at moscow proposed\n")
        let folder = try NextCommandTests.folder(["p.parley": unchanged])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let check = ParleyRun(["check", folder + "/p.parley", "--today", "2025-06-01"])
        #expect(check.code == .findings, "\(check.standardOutput)")
        #expect(
            check.standardOutput.contains(
                "error: topic governance of d is not covered in rounds 1 and 2 (every 2 rounds); never covered [agenda]"))
    }
}
