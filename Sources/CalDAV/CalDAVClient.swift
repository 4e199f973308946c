import Foundation

/// A CalDAV client for one calendar collection (RFC 4791), over WebDAV (RFC 4918) and HTTP:
/// reads the collection's members with their ETags and data, creates, replaces and deletes
/// calendar object resources under ETag preconditions, and creates the collection.
///
/// Listing uses the `sync-collection` report (RFC 6578) when the server offers it, then
/// `calendar-multiget` for the data; otherwise one `calendar-query` report (RFC 4791 §7.8).
public struct CalDAVClient: Sendable {
    /// The collection's URL, ending with `/`.
    public let collection: URL
    /// What sends the requests.
    public let transport: HTTPTransport

    /// How many objects one `calendar-multiget` asks for.
    static let multigetBatch = 500

    /// A client for the collection at `collection` (a `/` is added to its path when missing).
    public init(collection: URL, transport: HTTPTransport) {
        self.collection = collection.path.hasSuffix("/") ? collection : collection.appendingPathComponent("", isDirectory: true)
        self.transport = transport
    }

    /// `url` as messages show it: without any user part, query or fragment.
    public static func display(_ url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return "the server" }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        parts.fragment = nil
        return parts.string ?? "the server"
    }

    /// The URL of the member named `name` (percent-encoded here, so any UID is a safe name).
    public func member(named name: String) -> URL {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~@")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
        return URL(string: encoded, relativeTo: collection)?.absoluteURL ?? collection.appendingPathComponent(name)
    }

    /// The collection's state, or `nil` when nothing is at its URL (404).
    public func state() throws(CalDAVError) -> CollectionState? {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:supported-report-set/><d:displayname/></d:prop></d:propfind>
            """
        let response = try transport.send(.xml("PROPFIND", collection, depth: "0", body: body))
        if response.status == 404 { return nil }
        let status = try multistatus(response, "PROPFIND")
        let properties = status.responses.first?.properties ?? [:]
        return CollectionState(
            isCalendar: properties["DAV:resourcetype"]?.elements.contains("calendar") ?? false,
            supportsSync: properties["DAV:supported-report-set"]?.elements.contains("sync-collection") ?? false,
            displayName: properties["DAV:displayname"]?.text)
    }

    /// Every calendar object in the collection with its ETag and data: one `sync-collection`
    /// report asking for both (objects sent without data are then fetched with
    /// `calendar-multiget`), or one `calendar-query` report.
    public func objects(supportsSync: Bool) throws(CalDAVError) -> [RemoteObject] {
        if supportsSync {
            let body = """
                <?xml version="1.0" encoding="utf-8"?>
                <d:sync-collection xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:sync-token/><d:sync-level>1</d:sync-level>\
                <d:prop><d:getetag/><c:calendar-data/></d:prop></d:sync-collection>
                """
            let response = try transport.send(.xml("REPORT", collection, depth: nil, body: body))
            // A server may list the report yet refuse it; calendar-query then does the work.
            if response.status != 403 && response.status != 501 && response.status != 400 {
                let listed = try members(of: try multistatus(response, "REPORT sync-collection"))
                return try fetch(listed)
            }
        }
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>\
            <c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>
            """
        let response = try transport.send(.xml("REPORT", collection, depth: "1", body: body))
        return try fetch(try members(of: try multistatus(response, "REPORT calendar-query")))
    }

    /// The object at `url` (`GET`), or `nil` when there is none.
    public func object(at url: URL) throws(CalDAVError) -> RemoteObject? {
        let response = try transport.send(HTTPRequest(method: "GET", url: url))
        if response.status == 404 || response.status == 410 { return nil }
        guard (200..<300).contains(response.status) else { throw failure("GET", url, response.status) }
        return RemoteObject(url: url, etag: response.etag ?? "", data: [UInt8](response.body))
    }

    /// Stores `bytes` at `url` under `precondition`.
    public func put(_ bytes: [UInt8], at url: URL, precondition: WritePrecondition) throws(CalDAVError) -> WriteOutcome {
        var headers = ["Content-Type": "text/calendar; charset=utf-8"]
        switch precondition {
        case .absent: headers["If-None-Match"] = "*"
        case .matches(let etag): headers["If-Match"] = etag
        }
        let response = try transport.send(HTTPRequest(method: "PUT", url: url, headers: headers, body: Data(bytes)))
        if response.status == 412 { return .preconditionFailed }
        guard (200..<300).contains(response.status) else { throw failure("PUT", url, response.status) }
        return .done(etag: response.etag)
    }

    /// Deletes the object at `url` if its ETag is still `etag`.
    public func delete(at url: URL, etag: String) throws(CalDAVError) -> WriteOutcome {
        let response = try transport.send(HTTPRequest(method: "DELETE", url: url, headers: ["If-Match": etag]))
        switch response.status {
        case 412: return .preconditionFailed
        case 404, 410: return .gone
        case 200..<300: return .done(etag: nil)
        default: throw failure("DELETE", url, response.status)
        }
    }

    /// Creates the collection as a calendar (`MKCALENDAR`, RFC 4791 §5.3.1) for events, named
    /// `displayName` and described by `description`.
    public func makeCalendar(displayName: String, description: String) throws(CalDAVError) {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>\
            <d:displayname>\(Self.escaped(displayName))</d:displayname>\
            <c:calendar-description>\(Self.escaped(description))</c:calendar-description>\
            <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>\
            </d:prop></d:set></c:mkcalendar>
            """
        let response = try transport.send(.xml("MKCALENDAR", collection, depth: nil, body: body))
        guard (200..<300).contains(response.status) else { throw failure("MKCALENDAR", collection, response.status) }
    }

    /// `text` with `&`, `<`, `>` and `"` written as XML entities.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The percent-encoded path of `url`, as an `href` is sent.
    static func encodedPath(_ url: URL) -> String {
        URLComponents(url: url, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? url.path
    }

    private func failure(_ method: String, _ url: URL, _ status: Int) -> CalDAVError {
        .status(method: method, url: Self.display(url), status: status)
    }

    private func multistatus(_ response: HTTPResponse, _ what: String) throws(CalDAVError) -> Multistatus {
        guard response.status == 207 else { throw failure(what, collection, response.status) }
        do {
            return try Multistatus(parsing: response.body)
        } catch {
            throw .malformed(method: what, url: Self.display(collection), reason: error.reason)
        }
    }

    /// The members listed in `status` (not the collection itself, not removed ones), with
    /// their data when it was sent.
    private func members(of status: Multistatus) throws(CalDAVError) -> [RemoteObject] {
        var result: [RemoteObject] = []
        for response in status.responses where response.status == nil || response.status == 200 {
            guard let url = URL(string: response.href, relativeTo: collection)?.absoluteURL else {
                throw .malformed(method: "REPORT", url: Self.display(collection), reason: "the href '\(response.href)' is not a URL")
            }
            if url.path == collection.path || url.path + "/" == collection.path { continue }
            guard let etag = response.properties["DAV:getetag"]?.text else { continue }
            let data = response.properties["urn:ietf:params:xml:ns:caldav:calendar-data"].map { [UInt8]($0.text.utf8) }
            result.append(RemoteObject(url: url, etag: etag, data: data))
        }
        return result
    }

    /// `listed` with the data of those sent without it, fetched with `calendar-multiget`
    /// (RFC 4791 §7.9) in batches.
    private func fetch(_ listed: [RemoteObject]) throws(CalDAVError) -> [RemoteObject] {
        let missing = listed.filter { $0.data == nil }
        guard !missing.isEmpty else { return listed }
        var fetched: [String: RemoteObject] = [:]
        var start = 0
        while start < missing.count {
            let batch = missing[start..<min(start + Self.multigetBatch, missing.count)]
            start += Self.multigetBatch
            let hrefs = batch.map { "<d:href>\(Self.escaped(Self.encodedPath($0.url)))</d:href>" }.joined()
            let body = """
                <?xml version="1.0" encoding="utf-8"?>
                <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>\
                \(hrefs)</c:calendar-multiget>
                """
            let response = try transport.send(.xml("REPORT", collection, depth: "1", body: body))
            for object in try members(of: try multistatus(response, "REPORT calendar-multiget")) { fetched[object.url.path] = object }
        }
        // An object deleted between the two reports is simply gone.
        return listed.compactMap { $0.data == nil ? fetched[$0.url.path] : $0 }
    }
}
