import Foundation
import Synchronization
import TestSupport

/// A CalDAV calendar collection at `/cal/` kept in memory, served by ``LoopbackHTTPServer``:
/// `PROPFIND` (a calendar without `sync-collection`), `REPORT calendar-query`, `GET`, and
/// `PUT`/`DELETE` with `If-Match`/`If-None-Match` as RFC 7232 says. It can fail the first
/// requests with 503 and play someone editing an object just before a conditional `PUT`.
final class StubCalendarServer: Sendable {
    private struct State {
        var objects: [String: (etag: String, body: String)] = [:]
        var version = 0
        var failuresLeft = 0
        var editBeforePut: String?
    }

    /// The state, shared with the server's threads.
    private final class Shared: Sendable {
        let mutex: Mutex<State>
        init(_ state: State) { mutex = Mutex(state) }
    }

    private let shared: Shared
    private let server: LoopbackHTTPServer?

    init(failFirst: Int = 0) throws {
        let shared = Shared(State(failuresLeft: failFirst))
        self.shared = shared
        server = try LoopbackHTTPServer { request in shared.mutex.withLock { Self.answer(request, &$0) } }
    }

    /// The collection's URL.
    var collection: String { (server?.url ?? "") + "/cal/" }
    var requests: [LoopbackHTTPServer.Request] { server?.requests ?? [] }
    func stop() { server?.stop() }

    /// The body stored at `path`.
    func object(_ path: String) -> String? { shared.mutex.withLock { $0.objects[path]?.body } }

    /// Stores `body` at `path` with a new ETag, as another client would.
    func store(_ path: String, _ body: String) {
        shared.mutex.withLock { state in
            state.version += 1
            state.objects[path] = ("\"v\(state.version)\"", body)
        }
    }

    /// Before the next `PUT` with `If-Match` to `path`, the object is edited (new `SUMMARY`, new ETag).
    func editBeforeNextConditionalPut(path: String) {
        shared.mutex.withLock { $0.editBeforePut = path }
    }

    private static func answer(_ request: LoopbackHTTPServer.Request, _ state: inout State) -> LoopbackHTTPServer.Response {
        if state.failuresLeft > 0 {
            state.failuresLeft -= 1
            return .init(status: 503)
        }
        let path = request.path
        switch request.method {
        case "PROPFIND":
            return .init(
                status: 207,
                body: """
                    <?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/cal/</d:href>\
                    <d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype><d:supported-report-set><d:supported-report>\
                    <d:report><c:calendar-query/></d:report></d:supported-report></d:supported-report-set></d:prop>\
                    <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>
                    """)
        case "REPORT":
            let responses = state.objects.sorted { $0.key < $1.key }.map { key, value in
                "<d:response><d:href>\(key)</d:href><d:propstat><d:prop><d:getetag>\(value.etag)</d:getetag><c:calendar-data>"
                    + value.body.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    + "</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            }
            return .init(
                status: 207,
                body: "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                    + responses.joined() + "</d:multistatus>")
        case "GET":
            guard let object = state.objects[path] else { return .init(status: 404) }
            return .init(status: 200, headers: ["ETag": object.etag], body: object.body)
        case "PUT":
            if let edited = state.editBeforePut, edited == path, request.headers["if-match"] != nil, let object = state.objects[path] {
                state.editBeforePut = nil
                state.version += 1
                let body = object.body.replacingOccurrences(of: "SUMMARY:", with: "SUMMARY:Edited by someone ")
                state.objects[path] = ("\"v\(state.version)\"", body)
            }
            let existing = state.objects[path]
            if request.headers["if-none-match"] == "*", existing != nil { return .init(status: 412) }
            if let match = request.headers["if-match"], existing?.etag != match { return .init(status: 412) }
            state.version += 1
            let etag = "\"v\(state.version)\""
            state.objects[path] = (etag, String(decoding: request.body, as: UTF8.self))
            return .init(status: existing == nil ? 201 : 204, headers: ["ETag": etag])
        case "DELETE":
            guard let existing = state.objects[path] else { return .init(status: 404) }
            if let match = request.headers["if-match"], existing.etag != match { return .init(status: 412) }
            state.objects[path] = nil
            return .init(status: 204)
        default:
            return .init(status: 405)
        }
    }
}
