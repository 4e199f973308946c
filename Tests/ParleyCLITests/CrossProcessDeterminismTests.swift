import Foundation
import TestSupport
import Testing

/// The same plans give the same bytes from two separate `parley` processes. Swift seeds its
/// hashing per process, so iterating a `Set` or `Dictionary` in output order shows up only
/// across processes; running twice in one process cannot catch it.
@Suite struct CrossProcessDeterminismTests {
    /// The built `parley` beside the test bundle (`.build/<config>/parley`).
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Runs `parley arguments…` at the package root as its own process; returns its standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: [UInt8]) {
        let parley = try #require(executable, "no parley executable beside the tests; run `swift build` first")
        let process = Process()
        process.executableURL = parley
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data))
    }

    @Test(arguments: [
        ["check", "Plans", "--format", "json", "--today", "2026-06-01"],
        ["check", "Examples", "--format", "json", "--today", "2026-06-01"],
        ["export", "Plans", "--format", "json"],
        ["next", "id-ru-iis", "Plans", "--format", "json", "--today", "2026-06-01", "--limit", "5"],
        ["rounds", "Plans", "--format", "csv", "--today", "2026-06-01", "--from", "2010-01-01"],
        ["export", "Plans", "--format", "csv", "--today", "2026-06-01"],
        ["diff", "Examples/30-diff-before.parley", "Examples/31-diff-after.parley", "--format", "json", "--today", "2026-06-01"],
        ["view", "Plans", "--today", "2026-06-01", "--from", "2017-01-01"],
        ["view", "Plans", "--today", "2026-06-01", "--by", "country", "--format", "svg"],
    ])
    func standardOutputIsTheSameBytes(_ arguments: [String]) throws {
        let first = try Self.run(arguments)
        let second = try Self.run(arguments)
        #expect(first.output.count > 100, "parley \(arguments.joined(separator: " ")) printed almost nothing")
        #expect(first.status == second.status)
        #expect(first.output == second.output, "\(TextDiff.firstDifference(expected: first.output, actual: second.output))")
    }

    @Test(arguments: ["series", "country", "person"])
    func feedsAreTheSameBytes(_ grouping: String) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("parley-determinism-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        for copy in ["a", "b"] {
            #expect(try Self.run(["ics", "Plans", "--out", base + "/" + copy, "--by", grouping]).status == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: base + "/a").sorted()
        #expect(names.count > 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/b").sorted() == names)
        for name in names {
            let first = FileManager.default.contents(atPath: base + "/a/" + name)
            let second = FileManager.default.contents(atPath: base + "/b/" + name)
            #expect(first != nil && first == second, "\(grouping)/\(name) differs between two runs")
        }
    }
}
