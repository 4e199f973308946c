/// Path arithmetic for `use` lines, done on strings so that it is the same on every platform
/// and for in-memory files.
public enum PlanPath {
    /// `base` and `relative` joined with `/`, unless `relative` is absolute.
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || base.isEmpty { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// The folder part of `path` (`Plans` for `Plans/a.parley`, empty for `a.parley`).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` with `.` and `x/..` removed and repeated slashes collapsed:
    /// `Plans/./shared/../a.parley` is `Plans/a.parley`.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
