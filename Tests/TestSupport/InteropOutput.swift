import Foundation
import Testing

/// Files tests produce for CI's independent readers (`.ci/run` sets `PARLEY_ICS_OUTPUT_DIR`;
/// `Tests/Interop/check_ics.py` and `check_feeds.py` read what lands there). Without the
/// variable nothing is written.
public enum InteropOutput {
    /// The folder, when the run asked for one.
    public static var folder: String? {
        guard let folder = ProcessInfo.processInfo.environment["PARLEY_ICS_OUTPUT_DIR"], !folder.isEmpty else { return nil }
        return folder
    }

    /// Writes `bytes` as `name` (which may hold subfolders) into the folder.
    public static func keep(_ bytes: [UInt8], as name: String) {
        guard let folder else { return }
        let url = URL(fileURLWithPath: folder + "/" + name)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        } catch {
            Issue.record("cannot write \(url.path) for the interoperability check: \(error)")
        }
    }
}
