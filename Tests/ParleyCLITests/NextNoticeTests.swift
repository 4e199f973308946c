import Foundation
import Testing

@testable import ParleyCLI

/// `parley next --notice N` end to end, on a new track with no cadence: from 2025-06-01 the
/// search starts at today + N + the Indonesian deputy's travel day to Moscow.
@Suite struct NextNoticeTests {
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue moscow "Moscow" in RU
        person id-deputy "Deputy Minister" of ID
        dialogue t "T"
          partners ID RU
          host moscow
          delegates id-deputy

        """

    @Test(arguments: [
        ([] as [String], "earliest start 2025-07-02 (30 days' notice from 2025-06-01, then 1 travel day)"),
        (["--notice", "0"], "earliest start 2025-06-02 (0 days' notice from 2025-06-01, then 1 travel day)"),
        (["--notice=10"], "earliest start 2025-06-12 (10 days' notice from 2025-06-01, then 1 travel day)"),
    ])
    func noticeMovesTheEarliestStart(options: [String], line: String) throws {
        let folder = try NextCommandTests.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "t", folder, "--today", "2025-06-01", "--limit", "1"] + options)
        #expect(run.code == .success)
        #expect(run.standardOutput.contains("  \(line)\n"))
    }

    @Test(arguments: ["-1", "x", "3661"])
    func aBadNoticeIsACommandLineError(value: String) throws {
        let folder = try NextCommandTests.folder(["p.parley": Self.plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = ParleyRun(["next", "t", folder, "--today", "2025-06-01", "--notice", value])
        #expect(run.code == .invalidInput)
        #expect(run.standardError.contains("--notice"))
    }
}
