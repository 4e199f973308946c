import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// Seeded random edits of the shipped plans: loading, checking and formatting never crash,
/// every finding points inside its file, and formatting stays idempotent.
@Suite struct MutationTests {
    static let alphabet: [Character] = [
        " ", "  ", "\t", "\n", "\"", "#", ",", ".", "..", "-", "0", "9", "T", ":", "a", "Z", "é", "“", "\\", "\r",
    ].map { $0.first ?? " " }

    static func mutate(_ text: String, using generator: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            guard !characters.isEmpty else { break }
            let index = Int.random(in: 0..<characters.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: characters.remove(at: index)
            case 1: characters.insert(alphabet.randomElement(using: &generator) ?? " ", at: index)
            default: characters[index] = alphabet.randomElement(using: &generator) ?? " "
            }
        }
        return String(characters)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4]) func randomEditsNeverBreakTheTools(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let files = Repository.files(under: "Plans").filter { $0.key.hasSuffix(".parley") }
        let today = try #require(LocalDate(year: 2026, month: 6, day: 1))
        for _ in 0..<50 {
            var mutated = files
            let path = files.keys.sorted()[Int.random(in: 0..<files.count, using: &generator)]
            mutated[path] = Self.mutate(files[path] ?? "", using: &generator)
            let loaded = Resolver.load(["Plans"], reader: MemoryPlanReader(mutated))
            let result = Checker.check(loaded, options: CheckOptions(today: today))
            for finding in result.findings {
                let lineCount = loaded.sources[finding.location.file]?.lineStarts.count ?? 1
                #expect((1...max(1, lineCount)).contains(finding.location.line), "seed \(seed): \(finding.location) \(finding.message)")
                #expect(finding.location.column >= 1, "seed \(seed)")
            }
            if case .success(let once) = Formatter.format(mutated[path] ?? "", path: path) {
                #expect(
                    (try? Formatter.format(once, path: path).get()) == once, "seed \(seed): fmt not idempotent on a mutation of \(path)")
            }
        }
    }
}
