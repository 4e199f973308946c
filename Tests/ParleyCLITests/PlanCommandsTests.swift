import Foundation
import Testing

@testable import ParleyCLI

/// `check`, `fmt` and `export` run in process on plan files in a fresh temporary folder,
/// one test per exit code.
@Suite("Plan commands: check, fmt, export")
struct PlanCommandsTests {
    static let partners = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow

        """

    /// A temporary folder holding `files`, removed afterwards.
    static func withFolder(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in files {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
        }
        try body(folder)
    }

    @Test func cleanPlanExitsZero() throws {
        try Self.withFolder(["a.parley": Self.partners]) { folder in
            let run = ParleyRun(["check", folder, "--today", "2026-06-01"])
            #expect(run.code == .success)
            #expect(run.standardOutput == "0 errors, 0 warnings\n")
        }
    }

    @Test func brokenRuleExitsOne() throws {
        let plan = Self.partners + "blackout 2026-03-01\ndialogue d \"D\"\n  partners ID RU\n  round 1 on 2026-03-01 held\n"
        try Self.withFolder(["a.parley": plan]) { folder in
            let run = ParleyRun(["check", folder + "/a.parley", "--today", "2026-06-01", "--format", "github"])
            #expect(run.code == .findings)
            #expect(run.standardOutput.hasPrefix("::error file=\(folder)/a.parley,line=8,col=3,title=parley [blackout]::"))
        }
    }

    @Test func warningsExitZeroUnlessStrict() throws {
        let plan = Self.partners + "blackout 2026-03-01 soft\ndialogue d \"D\"\n  partners ID RU\n  round 1 on 2026-03-01 held\n"
        try Self.withFolder(["a.parley": plan]) { folder in
            #expect(ParleyRun(["check", folder, "--today", "2026-06-01"]).code == .success)
            #expect(ParleyRun(["check", folder, "--today", "2026-06-01", "--strict"]).code == .findings)
        }
    }

    @Test func malformedInputExitsTwo() throws {
        try Self.withFolder(["a.parley": "contry ID \"x\"\n"]) { folder in
            let run = ParleyRun(["check", folder, "--format", "json"])
            #expect(run.code == .invalidInput)
            #expect(run.standardOutput.contains("\"code\": \"input\""))
        }
    }

    @Test func missingPathExitsTwo() {
        let run = ParleyRun(["check", "/nonexistent/parley/plans"])
        #expect(run.code == .invalidInput)
        #expect(run.standardOutput.contains("no such file or folder"))
    }

    @Test func badOptionsExitTwo() {
        #expect(ParleyRun(["check", "--format", "xml"]).code == .invalidInput)
        #expect(ParleyRun(["check", "--from", "2026-02-30"]).code == .invalidInput)
        #expect(
            ParleyRun(["check", "--from", "2027-01-01", "--to", "2026-01-01"]).standardError.contains(
                "--from 2027-01-01 is after --to 2026-01-01"))
        let explain = ParleyRun(["check", "--explain", "blakout"])
        #expect(explain.code == .invalidInput)
        #expect(explain.standardError.contains("did you mean 'blackout'?"))
    }

    @Test func explainPrintsTheRule() {
        let run = ParleyRun(["check", "--explain", "host"])
        #expect(run.code == .success)
        #expect(run.standardOutput.hasPrefix("host: "))
    }

    @Test func fmtCheckThenWriteThenCheck() throws {
        let messy = "country   ID \"I\"   # c\n    timezone UTC\n"
        try Self.withFolder(["a.parley": messy]) { folder in
            let check = ParleyRun(["fmt", folder, "--check"])
            #expect(check.code == .findings)
            #expect(check.standardOutput == "\(folder)/a.parley: not formatted\n")
            #expect(try String(contentsOfFile: folder + "/a.parley", encoding: .utf8) == messy)

            #expect(ParleyRun(["fmt", folder]).code == .success)
            #expect(try String(contentsOfFile: folder + "/a.parley", encoding: .utf8) == "country ID \"I\" # c\n  timezone UTC\n")
            let again = ParleyRun(["fmt", folder, "--check"])
            #expect(again.code == .success)
            #expect(again.standardOutput.isEmpty)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(leftovers == ["a.parley"])
        }
    }

    @Test func fmtRefusesSyntaxErrors() throws {
        let broken = "country ID \"I\n"
        try Self.withFolder(["a.parley": broken]) { folder throws in
            let run = ParleyRun(["fmt", folder])
            #expect(run.code == .invalidInput)
            #expect(run.standardOutput.contains("unterminated string"))
            #expect(run.standardError.isEmpty)
            #expect(try String(contentsOfFile: folder + "/a.parley", encoding: .utf8) == broken)
        }
    }

    @Test func exportPrintsJSONOrExitsTwo() throws {
        try Self.withFolder(["a.parley": Self.partners, "b.parley": "venue v \"V\" in XX\n"]) { folder in
            let good = ParleyRun(["export", folder + "/a.parley", "--format", "json"])
            #expect(good.code == .success)
            let object = try JSONSerialization.jsonObject(with: Data(good.standardOutput.utf8)) as? [String: Any]
            #expect(object?["schemaVersion"] as? Int == 1)
            let bad = ParleyRun(["export", folder + "/b.parley"])
            #expect(bad.code == .invalidInput)
            #expect(bad.standardOutput.contains("unknown country 'XX'"))
            #expect(bad.standardError.isEmpty)
        }
    }
}
