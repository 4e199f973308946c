import Foundation

/// The entries of a `.netrc` file, as `curl` and `ftp` read it: whitespace-separated tokens,
/// `machine NAME`, `default`, and `login`, `password`, `account`, `port` with their values,
/// and `macdef` followed by a macro that ends at an empty line.
public struct Netrc: Sendable {
    /// One `machine` (or `default`, with `machine` `nil`) entry.
    public struct Entry: Sendable, Equatable {
        /// The host, `nil` for `default`.
        public let machine: String?
        /// The login.
        public let login: String
        /// The password.
        public let password: String
    }

    /// The entries that have both a login and a password, in file order.
    public let entries: [Entry]

    /// The entries of the `.netrc` text `text`.
    public init(_ text: String) {
        var entries: [Entry] = []
        var machine: String?
        var inEntry = false
        var login: String?
        var password: String?
        func close() {
            if inEntry, let login, let password { entries.append(Entry(machine: machine, login: login, password: password)) }
        }
        var tokens = Self.tokens(text)[...]
        while let token = tokens.popFirst() {
            switch token {
            case "machine", "default":
                close()
                inEntry = true
                machine = token == "machine" ? tokens.popFirst() : nil
                login = nil
                password = nil
            case "login": login = tokens.popFirst()
            case "password": password = tokens.popFirst()
            case "account", "port": _ = tokens.popFirst()
            default: continue
            }
        }
        close()
        self.entries = entries
    }

    /// The first entry for `host` (with login `login`, when given), else the `default` entry.
    public func entry(for host: String, login: String?) -> Entry? {
        let matching = entries.filter { login == nil || $0.login == login }
        return matching.first { $0.machine?.lowercased() == host.lowercased() } ?? matching.first { $0.machine == nil }
    }

    /// The tokens of `text`, leaving out `macdef` bodies; a token in double quotes may hold
    /// spaces and backslash escapes.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            var lineTokens: [String] = []
            var current = ""
            var quoted = false
            var escaped = false
            var started = false
            for character in line {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if quoted {
                    if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        quoted = false
                    } else {
                        current.append(character)
                    }
                } else if character == "\"" {
                    quoted = true
                    started = true
                } else if character.isWhitespace {
                    if started { lineTokens.append(current) }
                    current = ""
                    started = false
                } else {
                    current.append(character)
                    started = true
                }
            }
            if started { lineTokens.append(current) }
            guard let macro = lineTokens.firstIndex(of: "macdef") else {
                tokens += lineTokens
                continue
            }
            tokens += lineTokens[..<macro]
            // A macro's body runs to the first empty line.
            while let body = lines.popFirst(), !body.trimmingCharacters(in: .whitespaces).isEmpty {}
        }
        return tokens
    }
}
