import Foundation
import TestSupport
import Testing

/// A plan proposed by a stranger cannot read the runner's other files into CI output: `use`,
/// `busy from` and `holidays from` stay inside the plan root, symlinks leading out are refused,
/// and a file that is not a plan is never echoed.
@Suite struct ConfinementTests {
    /// A secret no output may carry: in files outside the plan root, in a non-plan file
    /// inside it, and in the environment of the `parley` process.
    static let marker = "PARLEY-SECRET-7f3a9c"

    /// A checkout laid out as CI sees it, with hostile plans in `Plans/`.
    struct Checkout {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-confinement-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Plans"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
            let calendar = """
                BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r
                DTSTART:20270309T020000Z\r\nDTEND:20270309T090000Z\r\nSUMMARY:\(marker)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
                """
            try write(".env", "TOKEN=\(marker)\n")
            try write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic \(marker)\n")
            try write("secret.txt", "\(marker) is the hostname\n")
            try write("secret.ics", calendar)
            try write("Plans/notes.txt", "\(marker) = not a plan at all\nmore \(marker)\n")
            try write(
                "Plans/hostile.parley",
                """
                use "../.env"
                use "/proc/self/environ"
                use "../.git/config"
                use "\(root.path)/secret.txt"
                use "inside/../../secret.txt"
                use "notes.txt"

                country ID "Indonesia"
                  timezone Asia/Jakarta
                  holidays from "../secret.ics"
                country SG "Singapore"
                  timezone Asia/Singapore
                  holidays from "\(root.path)/secret.ics"

                venue jakarta "Jakarta" in ID

                person id-director "Director" of ID
                  busy from "../secret.ics"

                dialogue id-sg "Consultations"
                  partners ID SG
                  delegates id-director
                  round 1 on 2027-03-09 at jakarta planned

                """)
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("Plans/leak.parley").path,
                withDestinationPath: root.appendingPathComponent("secret.txt").path)
        }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        }

        /// Runs `parley arguments…` in the checkout as its own process, with the marker in its
        /// environment; returns its exit status and both streams together.
        func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
            let parley = try #require(CrossProcessDeterminismTests.executable, "no parley executable beside the tests")
            let process = Process()
            process.executableURL = parley
            process.arguments = arguments
            process.currentDirectoryURL = root
            var environment = ProcessInfo.processInfo.environment
            environment["PARLEY_CI_TOKEN"] = ConfinementTests.marker
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    @Test(arguments: ["text", "json", "github", "sarif"])
    func hostilePlansLeakNothing(format: String) throws {
        let checkout = try Checkout()
        defer { try? FileManager.default.removeItem(at: checkout.root) }
        let (status, output) = try checkout.run(["check", "Plans", "--format", format, "--today", "2026-06-01"])
        #expect(status == 2)
        #expect(!output.contains(Self.marker), "\(output)")
        #expect(output.contains("hostile.parley"))
        #expect(output.contains("outside the plan root"))
    }

    @Test func eachEscapeIsRefusedAtItsLine() throws {
        let checkout = try Checkout()
        defer { try? FileManager.default.removeItem(at: checkout.root) }
        let (_, output) = try checkout.run(["check", "Plans", "--today", "2026-06-01"])
        for line in 1...5 {
            #expect(output.contains("Plans/hostile.parley:\(line):"), "use on line \(line) not refused at its line")
        }
        #expect(output.contains("Plans/hostile.parley:8:"), "holidays from ../ not refused")
        #expect(output.contains("Plans/hostile.parley:11:"), "holidays from an absolute path not refused")
        #expect(output.contains("Plans/hostile.parley:17:"), "busy from ../ not refused")
        #expect(output.contains("Plans/leak.parley"))
        #expect(output.contains("Plans/notes.txt:1:1: error: Plans/notes.txt is not a plan: line 1"))
    }

    /// With the checkout itself as the plan root (`parley check plan.parley`), `.env` and
    /// `.git/config` are inside it: they are read, fail as plans, and are named, not shown.
    @Test(arguments: ["text", "json", "github", "sarif"])
    func secretsInsideTheRootAreNeverEchoed(format: String) throws {
        let checkout = try Checkout()
        defer { try? FileManager.default.removeItem(at: checkout.root) }
        try checkout.write("plan.parley", "use \".env\"\nuse \".git/config\"\nuse \"link.parley\"\n")
        try FileManager.default.createSymbolicLink(
            atPath: checkout.root.appendingPathComponent("link.parley").path, withDestinationPath: "secret.txt")
        let (status, output) = try checkout.run(["check", "plan.parley", "--format", format, "--today", "2026-06-01"])
        #expect(status == 2)
        #expect(!output.contains(Self.marker), "\(output)")
        #expect(output.contains("is not a plan"))
    }

    @Test func fmtNeitherEchoesNorRewritesASymlinkLeadingOut() throws {
        let checkout = try Checkout()
        defer { try? FileManager.default.removeItem(at: checkout.root) }
        let (status, output) = try checkout.run(["fmt", "Plans"])
        #expect(status == 2)
        #expect(!output.contains(Self.marker), "\(output)")
        #expect(output.contains("Plans/leak.parley"))
    }

    @Test func allowOutsideOptsIn() throws {
        let checkout = try Checkout()
        defer { try? FileManager.default.removeItem(at: checkout.root) }
        try FileManager.default.createDirectory(at: checkout.root.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try checkout.write("shared/countries.parley", "country ID \"Indonesia\"\n  timezone Asia/Jakarta\n")
        try FileManager.default.createDirectory(at: checkout.root.appendingPathComponent("Own"), withIntermediateDirectories: true)
        try checkout.write("Own/plan.parley", "use \"../shared/countries.parley\"\n\nvenue jakarta \"Jakarta\" in ID\n")
        let refused = try checkout.run(["check", "Own", "--today", "2026-06-01"])
        #expect(refused.status == 2)
        #expect(refused.output.contains("Own/plan.parley:1:"))
        #expect(refused.output.contains("outside the plan root"))
        let allowed = try checkout.run(["check", "Own", "--today", "2026-06-01", "--allow-outside", "shared"])
        #expect(allowed.status == 0, "\(allowed.output)")
    }
}
