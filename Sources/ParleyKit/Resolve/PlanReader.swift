import Basics
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
    /// What identifies the file at `path` however it is reached (device and inode on disk),
    /// so that each file is loaded once; `nil` when there is no such file.
    func identity(_ path: String) -> FileIdentity?
    /// The caps of this run (``PlanLimits/standard`` unless the command line raised them).
    var limits: PlanLimits { get }
}

extension PlanReader {
    /// `path` itself: the reader follows no links.
    public func openedPath(_ path: String) -> String { path }

    /// The path itself: files in memory have no other names.
    public func identity(_ path: String) -> FileIdentity? { FileIdentity(device: 0, inode: 0, path: path) }

    /// ``PlanLimits/standard``.
    public var limits: PlanLimits { .standard }
}

/// A file's identity: its device and inode on disk (the same file however many paths or
/// symlinks reach it), or its path for a reader without a file system.
public struct FileIdentity: Hashable, Sendable {
    /// The device (`st_dev`).
    public let device: UInt64
    /// The inode (`st_ino`).
    public let inode: UInt64
    /// The path, for readers without inodes; empty on disk.
    public let path: String

    /// An identity from its parts.
    public init(device: UInt64, inode: UInt64, path: String = "") {
        self.device = device
        self.inode = inode
        self.path = path
    }

    /// The identity of the file `path` leads to (symlinks followed), or `nil`.
    public static func onDisk(_ path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
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
    public let limits: PlanLimits

    /// A reader of the local file system, refusing files larger than `limits.fileBytes`.
    public init(limits: PlanLimits = .standard) {
        self.limits = limits
    }

    public func identity(_ path: String) -> FileIdentity? { .onDisk(path) }

    public func read(_ path: String) -> Result<String, PlanReadError> {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limits.fileBytes {
            let mebibytes = (Int(status.st_size) + (1 << 20) - 1) >> 20
            return .failure(
                PlanReadError(
                    "is \(mebibytes) MiB, more than the \(limits.fileBytes >> 20) MiB a file may have (--max-file-size raises it)"))
        }
        guard let data = FileBytes.read(path: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                return .failure(PlanReadError(isDirectory.boolValue ? "is a folder, not a file" : "cannot be read"))
            }
            return .failure(PlanReadError("no such file"))
        }
        guard data.count <= limits.fileBytes else {
            return .failure(PlanReadError("is more than the \(limits.fileBytes >> 20) MiB a file may have (--max-file-size raises it)"))
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
    public let limits: PlanLimits

    /// A reader of `files`, within `limits`.
    public init(_ files: [String: String], limits: PlanLimits = .standard) {
        self.files = files
        self.limits = limits
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
