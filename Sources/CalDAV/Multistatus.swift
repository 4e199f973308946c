import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A WebDAV `multistatus` answer (RFC 4918 §14.16) as the CalDAV client needs it: for each
/// `response`, its `href`, its own status, and the properties found (status 200) with their
/// text and the names of the elements inside them.
public struct Multistatus: Sendable {
    /// One property found: its text (e.g. an ETag, calendar data) and the local names of the
    /// elements inside it (e.g. `collection` and `calendar` in `resourcetype`).
    public struct Property: Sendable, Hashable {
        /// The text inside the property, entities decoded.
        public var text: String
        /// The local names of every element inside the property.
        public var elements: Set<String>
    }

    /// One `response` element.
    public struct Response: Sendable {
        /// The `href`, as sent (percent-encoded).
        public var href: String
        /// The status of the `response` itself (e.g. 404 in a sync report for a removed
        /// member), `nil` when it has `propstat`s instead.
        public var status: Int?
        /// The properties reported with status 200, by namespace and local name
        /// (`DAV:getetag`, `urn:ietf:params:xml:ns:caldav:calendar-data`).
        public var properties: [String: Property]
    }

    /// The responses, in the order sent.
    public let responses: [Response]
    /// The `sync-token` of a `sync-collection` report (RFC 6578 §6.4).
    public let syncToken: String?

    /// The multistatus in `data`.
    ///
    /// - Throws: a reason when `data` is not well-formed XML or not a `multistatus`.
    public init(parsing data: Data) throws(MultistatusError) {
        let reader = MultistatusReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse(), reader.sawRoot else {
            throw MultistatusError(
                reason: parser.parserError.map { "not well-formed XML (\($0.localizedDescription))" } ?? "not a DAV:multistatus")
        }
        responses = reader.responses
        syncToken = reader.syncToken
    }

    /// The status code in an HTTP status line such as `HTTP/1.1 200 OK`.
    static func statusCode(_ line: String) -> Int? {
        let parts = line.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }
}

/// Why a body is not a readable `multistatus`.
public struct MultistatusError: Error, Hashable, Sendable {
    /// What was wrong.
    public let reason: String
}

/// The `XMLParser` delegate behind ``Multistatus/init(parsing:)``.
private final class MultistatusReader: NSObject, XMLParserDelegate {
    static let dav = "DAV:"
    var responses: [Multistatus.Response] = []
    var syncToken: String?
    var sawRoot = false

    private var path: [String] = []
    private var text = ""
    private var href: String?
    private var status: Int?
    private var found: [String: Multistatus.Property] = [:]
    private var pending: [String: Multistatus.Property] = [:]
    private var propstatStatus: Int?
    private var property: (key: String, depth: Int)?
    private var elements: Set<String> = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let key = (namespaceURI ?? "") + ":" + elementName
        if path.isEmpty, key == "DAV::multistatus" { sawRoot = true }
        path.append(key)
        if let property {
            if path.count > property.depth { elements.insert(elementName) }
            return
        }
        switch key {
        case "DAV::response":
            href = nil
            status = nil
            found = [:]
        case "DAV::propstat":
            pending = [:]
            propstatStatus = nil
        default:
            if path.count >= 2, path[path.count - 2] == "DAV::prop" {
                property = (key, path.count)
                elements = []
            }
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let key = (namespaceURI ?? "") + ":" + elementName
        defer { path.removeLast() }
        if let current = property {
            if path.count == current.depth {
                pending[current.key.replacingOccurrences(of: "::", with: ":")] = Multistatus.Property(text: text, elements: elements)
                property = nil
            }
            return
        }
        switch key {
        case "DAV::href" where path.count >= 2 && path[path.count - 2] == "DAV::response":
            href = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "DAV::status":
            let code = Multistatus.statusCode(text.trimmingCharacters(in: .whitespacesAndNewlines))
            if path.count >= 2, path[path.count - 2] == "DAV::propstat" { propstatStatus = code } else { status = code }
        case "DAV::propstat":
            if propstatStatus == 200 { found.merge(pending) { first, _ in first } }
        case "DAV::response":
            if let href { responses.append(Multistatus.Response(href: href, status: status, properties: found)) }
        case "DAV::sync-token" where path.count == 2:
            syncToken = text.trimmingCharacters(in: .whitespacesAndNewlines)
        default: break
        }
        text = ""
    }
}
