import Foundation

/// A user name and password for HTTP Basic authentication (RFC 7617).
///
/// Its `description` never shows the password, so printing it or an error that holds it
/// leaks nothing.
public struct Credentials: Sendable, CustomStringConvertible {
    /// The user name.
    public let user: String
    /// The password.
    let password: String

    /// Credentials from their parts.
    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// The `Authorization` header value: `Basic` and base64 of `user:password`.
    var authorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    /// Whether `text` contains the password (so a message can be checked before it is shown).
    public func appears(in text: String) -> Bool {
        !password.isEmpty && text.contains(password)
    }

    public var description: String { "\(user) (password hidden)" }

    /// The credentials for `host`: `PARLEY_CALDAV_USER` and `PARLEY_CALDAV_PASSWORD` from
    /// `environment`, else the `~/.netrc` entry for the host (``Netrc``), whose `login` must be
    /// `user` when one is given. `user` (from `--user`) replaces `PARLEY_CALDAV_USER`.
    ///
    /// - Returns: `nil` when neither gives a password.
    /// - Throws: ``CalDAVError/credentials(_:)`` when `~/.netrc` cannot be read.
    public static func find(for host: String, user: String?, environment: [String: String]) throws(CalDAVError) -> Credentials? {
        let name = user ?? environment["PARLEY_CALDAV_USER"]
        if let name, let password = environment["PARLEY_CALDAV_PASSWORD"] {
            return Credentials(user: name, password: password)
        }
        guard let home = environment["HOME"] else { return nil }
        let path = (home.hasSuffix("/") ? home : home + "/") + ".netrc"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .credentials("cannot read \(path)")
        }
        let netrc = Netrc(String(decoding: data, as: UTF8.self))
        guard let entry = netrc.entry(for: host, login: name) else { return nil }
        return Credentials(user: entry.login, password: entry.password)
    }
}
