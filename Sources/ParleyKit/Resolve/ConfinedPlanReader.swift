import Foundation

/// Reads plan, busy and holiday files from disk only inside the plan roots (and the paths the
/// user allowed explicitly), so that a plan proposed by a stranger cannot read the runner's
/// other files: absolute paths, `..` and symlinks that lead out are refused.
///
/// A path is judged by its real path (every symlink followed), and the file read is the real
/// path that was judged. A path that does not exist is judged by its absolute form, so that a
/// refusal does not tell whether a file outside exists.
public struct ConfinedPlanReader: PlanReader {
    /// The folders files may be read from: real paths, and the absolute forms they were given in.
    public let roots: [String]
    /// Files or folders outside the roots that may be read too (`--allow-outside`).
    public let allowed: [String]
    private let disk: DiskPlanReader

    public var limits: PlanLimits { disk.limits }

    /// A reader confined to the plan roots of the command-line `paths` (a folder given, or the
    /// folder of a file given), and to `allowOutside`, within `limits`.
    public init(paths: [String], allowOutside: [String] = [], limits: PlanLimits = .standard) {
        disk = DiskPlanReader(limits: limits)
        var roots: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let folder = exists && isDirectory.boolValue ? path : PlanPath.directory(of: path)
            roots += Self.forms(of: folder.isEmpty ? "." : folder)
        }
        self.roots = roots
        allowed = allowOutside.flatMap(Self.forms)
    }

    public func read(_ path: String) -> Result<String, PlanReadError> {
        guard let real = Self.realPath(path) else {
            guard permits(Self.absolute(path)) else { return .failure(Self.outside) }
            return disk.read(path)
        }
        guard permits(real) else { return .failure(Self.outside) }
        return disk.read(real)
    }

    public func planFiles(at path: String) -> [String]? {
        disk.planFiles(at: path)
    }

    /// The identity of a file the reader may read; `nil` outside the roots.
    public func identity(_ path: String) -> FileIdentity? {
        guard let real = Self.realPath(path), permits(real) else { return nil }
        return .onDisk(real)
    }

    public func openedPath(_ path: String) -> String {
        Self.realPath(path) ?? path
    }

    /// Whether the absolute path `path` lies inside a root or an allowed path.
    func permits(_ path: String) -> Bool {
        (roots + allowed).contains { base in
            base == "/" || path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
        }
    }

    private static let outside = PlanReadError(
        "is outside the plan root (absolute path, '..' or a symlink leading out); pass --allow-outside PATH to read it")

    /// The real path and the absolute form of `path`, either left out when it cannot be made.
    private static func forms(of path: String) -> [String] {
        [realPath(path), absolute(path)].compactMap(\.self)
    }

    /// `path` with every symlink followed, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` made absolute against the working folder and normalised, symlinks not followed.
    static func absolute(_ path: String) -> String {
        PlanPath.normalize(PlanPath.join(FileManager.default.currentDirectoryPath, path))
    }
}
