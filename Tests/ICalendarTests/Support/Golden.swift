import Foundation
import Testing

/// Golden `.ics` files in `Tests/ICalendarTests/Golden/`, compared byte for byte.
///
/// To re-record after an intended change, run
/// `PARLEY_RECORD_GOLDEN=1 swift test --filter ICalendarTests`: every golden is rewritten in
/// the source tree and each one records a test failure, so a recording run never passes by
/// accident. Review the diff with `git diff Tests/ICalendarTests/Golden`, then run the tests again.
/// After re-recording a `vtimezone-*.ics`, also re-run `python Tests/Fixtures/vtimezone_offsets.py`
/// (python `icalendar` in a virtual environment) to refresh how an outside reader reads it.
///
/// When `PARLEY_ICS_OUTPUT_DIR` is set, every `.ics` a test produces is also written there
/// (as `ICalendarTests-<name>.ics`) for the interoperability check `Tests/Interop/check_ics.py`.
enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["PARLEY_RECORD_GOLDEN"] == "1" }

    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static func check(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Output.export(bytes, named: name)
        if isRecording {
            try Data(bytes).write(to: sourceFolder.appendingPathComponent(name))
            Issue.record("Recorded golden \(name); unset PARLEY_RECORD_GOLDEN and run again", sourceLocation: sourceLocation)
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: "Golden/" + name, withExtension: nil),
            "missing golden \(name); record it with PARLEY_RECORD_GOLDEN=1", sourceLocation: sourceLocation
        )
        let expected = try [UInt8](Data(contentsOf: url))
        if expected != bytes {
            let actualLines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
            let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\r\n")
            let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = firstDifference.map { "line \($0.offset + 1): got \($0.element.0.debugDescription), expected \($0.element.1.debugDescription)" }
                ?? "lengths differ (\(bytes.count) vs \(expected.count) bytes)"
            Issue.record("\(name) differs from its golden: \(detail)", sourceLocation: sourceLocation)
        }
    }
}

/// Writes test-produced `.ics` files to `PARLEY_ICS_OUTPUT_DIR` when it is set.
enum Output {
    static func export(_ bytes: [UInt8], named name: String) {
        guard let folder = ProcessInfo.processInfo.environment["PARLEY_ICS_OUTPUT_DIR"], !folder.isEmpty else { return }
        let url = URL(fileURLWithPath: folder).appendingPathComponent("ICalendarTests-" + name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try Data(bytes).write(to: url)
        } catch {
            Issue.record("cannot write \(url.path) for the interoperability check: \(error)")
        }
    }
}
