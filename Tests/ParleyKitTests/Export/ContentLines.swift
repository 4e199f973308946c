import Foundation
import Testing

/// Reads a feed back the way RFC 5545 says a reader must, independently of the writer:
/// lines end in CRLF (§3.1), a line starting with a space or tab continues the one before
/// (unfolding, §3.1), and TEXT values unescape `\\`, `\;`, `\,`, `\n`/`\N` (§3.3.11).
struct ContentLines {
    /// The unfolded lines, in order.
    let lines: [String]

    /// Unfolds on octets, not characters: a fold may fall before a combining mark (a Javanese
    /// vowel sign, an emoji modifier), which would otherwise join the space into one character.
    init(_ bytes: [UInt8]) {
        var unfolded: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 13, bytes[index + 1] == 10 else {
                index += 1
                continue
            }
            let physical = Array(bytes[start..<index])
            if let first = physical.first, first == 32 || first == 9, !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += physical.dropFirst()
            } else if !physical.isEmpty {
                unfolded.append(physical)
            }
            index += 2
            start = index
        }
        lines = unfolded.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The `VEVENT`s, each as its unfolded lines (without BEGIN/END), keyed by UID.
    var events: [String: [String]] {
        var result: [String: [String]] = [:]
        var current: [String]?
        var depth = 0
        for line in lines {
            if line == "BEGIN:VEVENT" {
                current = []
                depth = 0
            } else if line == "END:VEVENT", let event = current {
                let uid = event.first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) } ?? ""
                result[uid] = event
                current = nil
            } else if current != nil {
                if line.hasPrefix("BEGIN:") { depth += 1 }
                if line.hasPrefix("END:") { depth -= 1 }
                current?.append(line)
            }
        }
        return result
    }

    /// The value of the first line named `name` (with or without parameters) in `lines`.
    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.flatMap(Self.value(of:))
    }

    /// The value part of a content line: after the first `:` outside a quoted parameter.
    static func value(of line: String) -> String? {
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == ":" && !quoted { return String(line[line.index(after: index)...]) }
        }
        return nil
    }

    /// A TEXT value unescaped (§3.3.11).
    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The TEXT values of a list property (`CATEGORIES`), split at unescaped commas and unescaped.
    static func unescapeList(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                current.append("\\")
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map(unescape)
    }
}

/// Writes test-produced feeds to `PARLEY_ICS_OUTPUT_DIR` when it is set, for the CI's
/// interoperability checks (`Tests/Interop/check_ics.py`, `Tests/Interop/check_feeds.py`).
enum FeedOutput {
    static var folder: String? {
        guard let folder = ProcessInfo.processInfo.environment["PARLEY_ICS_OUTPUT_DIR"], !folder.isEmpty else { return nil }
        return folder
    }

    static func export(_ bytes: [UInt8], named name: String) {
        guard let folder else { return }
        write(Data(bytes), to: folder + "/ParleyKitTests-Export-" + name)
    }

    /// Writes a plan the feeds came from to `PARLEY_ICS_OUTPUT_DIR/plans/`, so that
    /// `check_feeds.py --plans` can export it and compare.
    static func exportPlan(_ text: String, named name: String) {
        guard let folder else { return }
        write(Data(text.utf8), to: folder + "/plans/" + name)
    }

    private static func write(_ data: Data, to path: String) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            Issue.record("cannot write \(path) for the interoperability check: \(error)")
        }
    }
}
