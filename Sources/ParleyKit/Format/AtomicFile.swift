import Foundation

/// Writes files so that an interrupted run never leaves a truncated one: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target (`rename(2)` is
/// atomic within a file system).
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`.
    ///
    /// - Throws: ``AtomicFileError`` saying which step failed.
    public static func write(_ text: String, to path: String) throws(AtomicFileError) {
        let directory = PlanPath.directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = PlanPath.join(directory, ".\(name).parley-tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw AtomicFileError(path: path, reason: "cannot create a temporary file in \(directory.isEmpty ? "." : directory)")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path), let permissions = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw AtomicFileError(path: path, reason: String(cString: strerror(code)))
        }
    }
}

/// A failed atomic write.
public struct AtomicFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file that was being written.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// An error from its parts.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}
