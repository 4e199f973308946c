import Foundation

/// Plan files as they are at a git revision (`parley diff --git REV`): listed with
/// `git ls-tree` and read with `git show REV:./PATH`, into memory, never touching the working
/// tree or the index. Paths are relative to the current folder, as on the command line.
public struct GitPlanReader: PlanReader {
    /// The revision read (as given: `main`, `HEAD~1`, a commit id).
    public let revision: String
    /// Every file under the paths at the revision, with its text (`nil` when it is not UTF-8).
    private let files: [String: String?]

    /// The files under `paths` at `revision`, read now.
    ///
    /// - Throws: ``PlanReadError`` when git cannot be run, the revision is unknown, or a file
    ///   cannot be read.
    public init(revision: String, paths: [String]) throws(PlanReadError) {
        guard !revision.hasPrefix("-"), !revision.isEmpty else { throw PlanReadError("'\(revision)' is not a revision") }
        self.revision = revision
        _ = try Self.git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], failure: "unknown revision '\(revision)'")
        let listing = try Self.git(["ls-tree", "-r", "-z", "--name-only", revision, "--"] + paths, failure: "cannot list \(revision)")
        var files: [String: String?] = [:]
        for name in listing.split(separator: 0).map({ String(decoding: $0, as: UTF8.self) }) {
            let bytes = try Self.git(["show", "\(revision):./\(name)"], failure: "cannot read \(name) at \(revision)")
            files[name] = String(validating: bytes, as: UTF8.self)
        }
        self.files = files
    }

    public func read(_ path: String) -> Result<String, PlanReadError> {
        let key = PlanPath.normalize(path)
        guard let entry = files[key] else { return .failure(PlanReadError("no such file at \(revision)")) }
        guard let text = entry else { return .failure(PlanReadError("is not UTF-8 text")) }
        return .success(text)
    }

    public func planFiles(at path: String) -> [String]? {
        let key = PlanPath.normalize(path)
        if files[key] != nil { return [key] }
        let prefix = key.isEmpty || key == "." ? "" : (key.hasSuffix("/") ? key : key + "/")
        let matches = files.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".parley") }.sorted()
        return matches.isEmpty ? nil : matches
    }

    /// The standard output of `git ARGUMENTS` run in the current folder.
    ///
    /// - Throws: ``PlanReadError`` with `failure` and git's own message when it fails.
    private static func git(_ arguments: [String], failure: String) throws(PlanReadError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw PlanReadError("cannot run git: \(error.localizedDescription)") }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map { ": \($0)" } ?? ""
            throw PlanReadError(failure + said)
        }
        return [UInt8](bytes)
    }
}
