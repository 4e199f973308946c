import Foundation

/// One HTTP request of the CalDAV layer: any method (`PROPFIND`, `REPORT`, `MKCALENDAR`, …).
public struct HTTPRequest: Sendable {
    /// The method, e.g. `REPORT`.
    public var method: String
    /// The absolute URL.
    public var url: URL
    /// Header fields besides `Authorization`, which the transport adds.
    public var headers: [String: String]
    /// The body, if any.
    public var body: Data?

    /// A request from its parts.
    public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// A WebDAV request with an XML body (`application/xml; charset=utf-8`) and a `Depth`.
    static func xml(_ method: String, _ url: URL, depth: String?, body: String) -> HTTPRequest {
        var headers = ["Content-Type": "application/xml; charset=utf-8"]
        if let depth { headers["Depth"] = depth }
        return HTTPRequest(method: method, url: url, headers: headers, body: Data(body.utf8))
    }
}
