import Foundation
import Testing
@testable import ParleyKit

/// Access to the repository's own `Plans/` and `Examples/` from tests, by path relative to
/// the package root (so findings name files as `parley check` run at the root would).
enum RepositoryFiles {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every file under `folder` (relative to the root) with its text, keyed by relative path.
    static func files(under folder: String) -> [String: String] {
        let base = root + "/" + folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        var result: [String: String] = [:]
        while let item = enumerator.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: base + "/" + item), let text = String(data: data, encoding: .utf8) else { continue }
            result[folder + "/" + item] = text
        }
        return result
    }

    /// The `*.parley` files under `folder`, sorted.
    static func planFiles(under folder: String) -> [String] {
        files(under: folder).keys.filter { $0.hasSuffix(".parley") }.sorted()
    }

    /// Compares `actual` with the golden file at `path` (relative to the root). With
    /// `PARLEY_RECORD=1` in the environment it rewrites the file and fails, so a recording
    /// run can never pass by accident.
    static func expectGolden(_ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let full = root + "/" + path
        if ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1" {
            let written = FileManager.default.createFile(atPath: full, contents: Data(actual.utf8))
            Issue.record(
                written ? "recorded \(path); run again without PARLEY_RECORD" : "could not write \(path)",
                sourceLocation: sourceLocation
            )
            return
        }
        guard let data = FileManager.default.contents(atPath: full), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("missing golden file \(path); run with PARLEY_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "output differs from \(path)", sourceLocation: sourceLocation)
    }
}
