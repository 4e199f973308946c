import Foundation

/// One HTTP response as the CalDAV layer sees it: status, headers (names in lower case) and body.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 207.
    public let status: Int
    /// The header fields, names in lower case.
    public let headers: [String: String]
    /// The body.
    public let body: Data

    /// A response from its parts; header names are lower-cased.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// The `ETag` header, as sent (quotes kept), when there is one.
    public var etag: String? { headers["etag"] }
}
