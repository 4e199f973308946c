import Foundation

/// The package's own files, found from this file's path, so tests read `Examples/`, `Plans/`,
/// `README.md` and golden files the way `parley` run at the package root names them.
public enum Repository {
    /// The package root (the folder holding `Package.swift`).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The absolute path of `relative`, a path from the package root.
    public static func path(_ relative: String) -> String {
        root + "/" + relative
    }

    /// Every file under `folder` (relative to the root) with its text, keyed by relative path.
    public static func files(under folder: String) -> [String: String] {
        let base = path(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        var result: [String: String] = [:]
        while let item = enumerator.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: base + "/" + item), let text = String(data: data, encoding: .utf8) else {
                continue
            }
            result[folder + "/" + item] = text
        }
        return result
    }

    /// The `*.parley` files under `folder`, sorted.
    public static func planFiles(under folder: String) -> [String] {
        files(under: folder).keys.filter { $0.hasSuffix(".parley") }.sorted()
    }
}
