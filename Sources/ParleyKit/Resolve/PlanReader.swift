import Foundation

/// Where plan files come from: the disk for the command line, memory for tests.
public protocol PlanReader: Sendable {
    /// The text of the file at `path`, or `nil` with the reason when it cannot be read.
    func read(_ path: String) -> Result<String, PlanReadError>
    /// The `*.parley` files a command-line path names: the file itself, or every such file
    /// under a folder, sorted; `nil` when the path does not exist.
    func planFiles(at path: String) -> [String]?
    /// The path of the file that reading `path` opens (its real path on disk), to judge it by
    /// its real name: a `use` or a symlink may lead to a file that is not named `*.parley`.
    func openedPath(_ path: String) -> String
}

extension PlanReader {
    /// `path` itself: the reader follows no links.
    public func openedPath(_ path: String) -> String { path }
}

/// Why a plan file could not be read.
public struct PlanReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, in words (`no such file`, `not UTF-8 text`).
    public let reason: String

    /// An error with its reason.
    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

/// Reads plan files from the file system.
public struct DiskPlanReader: PlanReader {
    /// A reader of the local file system.
    public init() {}

    public func read(_ path: String) -> Result<String, PlanReadError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                return .failure(PlanReadError(isDirectory.boolValue ? "is a folder, not a file" : "cannot be read"))
            }
            return .failure(PlanReadError("no such file"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(PlanReadError("is not UTF-8 text"))
        }
        return .success(text)
    }

    public func planFiles(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".parley") { files.append(PlanPath.join(path, item)) }
        }
        return files.sorted()
    }
}

/// Plan files held in memory, keyed by path (for tests and tools that generate plans).
public struct MemoryPlanReader: PlanReader {
    /// The files.
    public let files: [String: String]

    /// A reader of `files`.
    public init(_ files: [String: String]) {
        self.files = files
    }

    public func read(_ path: String) -> Result<String, PlanReadError> {
        guard let text = files[path] else { return .failure(PlanReadError("no such file")) }
        return .success(text)
    }

    public func planFiles(at path: String) -> [String]? {
        if files[path] != nil { return [path] }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let matches = files.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".parley") }.sorted()
        return matches.isEmpty ? nil : matches
    }
}
