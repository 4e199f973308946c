import Foundation
import TestSupport
import Testing

@testable import ParleyCLI

/// Every console example in `README.md` runs, in process, in a fresh temporary folder that
/// holds the README's sample files, and prints exactly what the README shows.
///
/// The examples change the working directory (the commands take relative paths, as a user
/// types them), so they run one at a time and restore it; no other test depends on it.
@Suite(.serialized) struct ReadmeExamplesTests {
    static let readme: ReadmeDocument = {
        let data = FileManager.default.contents(atPath: Repository.path("README.md")) ?? Data()
        return ReadmeDocument(String(decoding: data, as: UTF8.self))
    }()

    @Test func theReadmeIsWellFormed() {
        #expect(Self.readme.problems.isEmpty, "\(Self.readme.problems.joined(separator: "\n"))")
        #expect(Self.readme.files.count >= 3, "the README's sample plans were not found")
        #expect(Self.readme.examples.count >= 8, "the README's console examples were not found")
    }

    @Test func theSamplePlansHaveNoErrors() throws {
        let result = try Self.run(["check", "--today", "2026-06-01"])
        #expect(result.code == .success, "parley check of the README's sample plans:\n\(result.standardOutput)\(result.standardError)")
    }

    @Test(arguments: readme.examples.map(\.line))
    func consoleExample(line: Int) throws {
        let example = try #require(Self.readme.examples.first { $0.line == line })
        let result = try Self.run(example.arguments)
        let actual = Self.lines(result.standardOutput) + Self.lines(result.standardError)
        guard !ReadmeDocument.matches(example.expected[...], actual[...]) else { return }
        let diff = TextDiff.unified(expected: example.expected, actual: actual)
        Issue.record("README.md:\(example.line): `$ \(example.command)` prints otherwise (- README, + actual):\n\(diff)")
    }

    /// The lines of `text`; a last line without a line break counts as a line.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Runs `parley arguments…` with the README's sample files in a fresh temporary folder.
    static func run(_ arguments: [String]) throws -> ParleyRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-readme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in readme.files {
            let path = folder + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let previous = FileManager.default.currentDirectoryPath
        guard FileManager.default.changeCurrentDirectoryPath(folder) else { throw CocoaError(.fileNoSuchFile) }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        return ParleyRun(arguments)
    }
}
