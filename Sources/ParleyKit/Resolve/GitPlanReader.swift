import Foundation

/// Plan files as they are at a git revision (`parley diff --git REV`): listed with their sizes
/// by `git ls-tree`, and each read when it is needed with `git show REV:./PATH`, into memory,
/// never touching the working tree or the index. Paths are relative to the current folder, as
/// on the command line. The limits are those of plans on disk: a file larger than
/// `limits.fileBytes` is refused by its listed size before it is read, and the resolver reads
/// no more than `limits.files` of them.
public struct GitPlanReader: PlanReader {
    /// The revision read (as given: `main`, `HEAD~1`, a commit id).
    public let revision: String
    public let limits: PlanLimits
    /// Every file under the paths at the revision, with its size in bytes (`nil` when git
    /// lists none, as for a submodule).
    private let sizes: [String: Int?]

    /// The files under `paths` at `revision`, listed now and read when asked for.
    ///
    /// - Throws: ``PlanReadError`` when git cannot be run or the revision is unknown.
    public init(revision: String, paths: [String], limits: PlanLimits = .standard) throws(PlanReadError) {
        guard !revision.hasPrefix("-"), !revision.isEmpty else { throw PlanReadError("'\(revision)' is not a revision") }
        self.revision = revision
        self.limits = limits
        _ = try Self.git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], failure: "unknown revision '\(revision)'")
        let listing = try Self.git(["ls-tree", "-r", "-z", "-l", revision, "--"] + paths, failure: "cannot list \(revision)")
        var sizes: [String: Int?] = [:]
        // Each entry: `MODE TYPE OBJECT SIZE<TAB>NAME`, the size padded with spaces (`-` for no blob).
        for entry in listing.split(separator: 0) {
            guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let name = String(decoding: entry[entry.index(after: tab)...], as: UTF8.self)
            let size = entry[..<tab].split(separator: UInt8(ascii: " ")).last.flatMap { Int(String(decoding: $0, as: UTF8.self)) }
            sizes[name] = size
        }
        self.sizes = sizes
    }

    public func read(_ path: String) -> Result<String, PlanReadError> {
        let key = PlanPath.normalize(path)
        guard let size = sizes[key] else { return .failure(PlanReadError("no such file at \(revision)")) }
        if let size, size > limits.fileBytes {
            let mebibytes = (size + (1 << 20) - 1) >> 20
            return .failure(
                PlanReadError(
                    "is \(mebibytes) MiB at \(revision), more than the \(limits.fileBytes >> 20) MiB a file may have (--max-file-size raises it)"
                ))
        }
        let bytes: [UInt8]
        do { bytes = try Self.git(["show", "\(revision):./\(key)"], failure: "cannot be read at \(revision)") } catch {
            return .failure(error)
        }
        guard bytes.count <= limits.fileBytes else {
            return .failure(PlanReadError("is more than the \(limits.fileBytes >> 20) MiB a file may have (--max-file-size raises it)"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(PlanReadError("is not UTF-8 text")) }
        return .success(text)
    }

    public func planFiles(at path: String) -> [String]? {
        let key = PlanPath.normalize(path)
        if sizes[key] != nil { return [key] }
        let prefix = key.isEmpty || key == "." ? "" : (key.hasSuffix("/") ? key : key + "/")
        let matches = sizes.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".parley") }.sorted()
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
