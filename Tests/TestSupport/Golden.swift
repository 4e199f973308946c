import Foundation
import Testing

/// Golden files: expected output kept in the repository and compared byte for byte.
///
/// Every golden in every test target goes through here, so one variable re-records them all:
/// `PARLEY_RECORD=1 swift test` (or `--filter` one suite) rewrites each golden that differs and
/// records a failure for it, so a recording run never passes by accident. Review the change
/// with `git diff`, then run the tests again without the variable.
public enum Golden {
    /// The environment variable that turns comparing into recording.
    public static let recordVariable = "PARLEY_RECORD"

    /// Whether this run records goldens instead of comparing them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Compares `actual` with the golden at `path` (relative to the package root).
    public static func expect(_ actual: [UInt8], path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let full = Repository.path(path)
        let existing = FileManager.default.contents(atPath: full).map { [UInt8]($0) }
        if isRecording {
            guard existing != actual else { return }
            do {
                try FileManager.default.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(actual).write(to: URL(fileURLWithPath: full))
                Issue.record("recorded \(path); run again without \(recordVariable)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = existing else {
            Issue.record("missing golden \(path); record it with \(recordVariable)=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let difference = TextDiff.firstDifference(expected: expected, actual: actual)
        Issue.record(
            "\(path) differs from the output (re-record with \(recordVariable)=1 if intended):\n\(difference)",
            sourceLocation: sourceLocation)
    }

    /// Compares `actual` text with the golden at `path` (relative to the package root).
    public static func expect(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(Array(actual.utf8), path: path, sourceLocation: sourceLocation)
    }
}
