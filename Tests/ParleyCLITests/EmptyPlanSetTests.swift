import Foundation
import Testing

@testable import ParleyCLI

/// A plan set with no plans (an empty folder, a wrong path) is invalid input for every
/// command that reads plans: exit 2, saying where Parley looked; `ics` writes nothing.
@Suite struct EmptyPlanSetTests {
    @Test func everyCommandRefusesAnEmptyFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-empty-\(UUID().uuidString)")
        let plans = root.appendingPathComponent("Plans").path
        let feeds = root.appendingPathComponent("feeds").path
        try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        try Data("not a plan\n".utf8).write(to: URL(fileURLWithPath: plans + "/notes.txt"))
        defer { try? FileManager.default.removeItem(at: root) }
        let commands = [
            ["check", plans], ["ics", plans, "--out", feeds], ["next", "d", plans, "--today", "2026-06-01"], ["export", plans],
        ]
        for arguments in commands {
            let run = ParleyRun(arguments)
            #expect(run.code == .invalidInput, "\(arguments)")
            #expect((run.standardOutput + run.standardError).contains("no plan files in \(plans)"), "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: feeds))
        let wrong = ParleyRun(["check", root.appendingPathComponent("Plnas").path])
        #expect(wrong.code == .invalidInput)
        #expect(wrong.standardOutput.contains("no such file or folder"))
    }
}
