import Foundation
import ParleyKit
import Testing

@testable import ParleyCLI

/// `parley next SERIES --declined-by CC`: the option's forms (repeated, comma list), its
/// errors (exit 2), and the `--write` round trip on an ASEAN-style rotation.
@Suite struct NextDeclineCommandTests {
    /// Four members rotating in English alphabetical order (Indonesia, Malaysia, Myanmar,
    /// Philippines); Malaysia chaired round 1 at Kuala Lumpur. Japan is declared, not a member.
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
          holidays none
        country MY "Malaysia"
          timezone Asia/Kuala_Lumpur
          holidays none
        country MM "Myanmar"
          timezone Asia/Yangon
          holidays none
        country PH "Philippines"
          timezone Asia/Manila
          holidays none
        country JP "Japan"
          timezone Asia/Tokyo
          holidays none
        venue kl "Kuala Lumpur" in MY

        dialogue asean "ASEAN Summit"
          partners ID MY MM PH
          every 12 months
          lasting 2 days
          hosts rotate alphabetical
          round 1 on 2025-05-26 at kl held

        """

    static func run(_ arguments: [String]) throws -> (run: ParleyRun, path: String, folder: String) {
        let folder = try NextCommandTests.folder(["p.parley": plan])
        let path = folder + "/p.parley"
        return (ParleyRun(["next", "asean", path, "--today", "2026-01-01"] + arguments), path, folder)
    }

    @Test(arguments: [["--declined-by", "MM,PH"], ["--declined-by", "MM", "--declined-by", "PH"], ["--declined-by=MM, PH"]])
    func writeRecordsTheDeclineAndTheNextChair(_ options: [String]) throws {
        let (run, path, folder) = try Self.run(options + ["--write"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run.code == .success, "\(run.standardError)")
        #expect(
            run.standardOutput.contains(
                "ID (Indonesia) chairs: it follows MY (round 1) in the rotation ID → MY → MM → PH, with MM and PH declining"))
        let added = NextCommandTests.addedLines(Self.plan, NextCommandTests.read(path))
        #expect(added.count == 3 && added[0].hasPrefix("  round 2 on 2026-") && added[0].hasSuffix(" proposed"), "\(added)")
        #expect(added.dropFirst() == ["    chair ID", "    declined by MM PH"])
        let check = ParleyRun(["check", path, "--today", "2026-01-01"])
        #expect(!check.standardOutput.contains("[host]"), "\(check.standardOutput)")
        #expect(ParleyRun(["fmt", "--check", path]).code == .success)
    }

    @Test(arguments: [
        (["--declined-by", "MMR"], "Error: unknown country 'MMR' declining the round of asean; did you mean 'MM'?"),
        (
            ["--declined-by", "JP"],
            "p.parley:18:1: error: JP cannot decline a round of asean: it is not one of its members (ID, MY, MM, PH)"
        ),
        (["--declined-by", "MM,,PH"], "Error: --declined-by 'MM,,PH': expected country ids separated by commas"),
        (["--declined-by", "ID,MY,MM,PH"], "p.parley:18:1: error: every member of asean declines the round"),
        (["--declined-by", "MM", "--round", "1"], "Error: a re-planned round keeps its own 'declined by' lines"),
    ])
    func badDeclinesExitTwoAndWriteNothing(_ options: [String], message: String) throws {
        let (run, path, folder) = try Self.run(options + ["--write"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run.code == .invalidInput)
        #expect(run.standardError.replacingOccurrences(of: folder + "/", with: "").hasPrefix(message), "\(run.standardError)")
        #expect(NextCommandTests.read(path) == Self.plan)
    }

    @Test func helpComesFromTheDeclaration() {
        let help = ParleyRun(["next", "--help"]).standardOutput
        #expect(help.contains("--declined-by CC"))
        #expect(help.contains("A member that declines the new round"))
    }
}
