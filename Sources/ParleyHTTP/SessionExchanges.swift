import CalDAV
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Makes the exchanges `parley-http` is asked for with one `URLSession`, several at once
/// (up to 8 connections to a host), each tried once within `timeout` seconds. Nothing is
/// cached or kept between exchanges: no cookies, no response cache.
final class SessionExchanges: Sendable {
    private let timeout: Double
    private let session: URLSession
    private let guardian = SameOriginRedirects()

    init(timeout: Double) {
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration, delegate: guardian, delegateQueue: nil)
    }

    /// Starts `request` and hands its reply to `finished` when it ends.
    func start(_ request: HTTPHelperMessage.Request, finished: @escaping @Sendable (HTTPHelperMessage.Reply) -> Void) {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        // No `Expect: 100-continue`: a server that never answers it (Radicale) would cost a second per body.
        urlRequest.setValue("", forHTTPHeaderField: "Expect")
        urlRequest.httpBody = request.body
        let challenged = guardian
        let id = request.id
        let identifier = Mutex(-1)
        let task = session.dataTask(with: urlRequest) { data, response, error in
            let reply: HTTPHelperMessage.Reply
            if let response = response as? HTTPURLResponse, error == nil {
                var headers: [String: String] = [:]
                for (key, value) in response.allHeaderFields {
                    if let key = key as? String, let value = value as? String { headers[key] = value }
                }
                reply = HTTPHelperMessage.Reply(
                    id: id, outcome: .response(status: response.statusCode, headers: headers), body: data ?? Data())
            } else if let error = error as? URLError, error.code == .cancelled, challenged.wasChallenged(identifier.withLock { $0 }) {
                // The server asked for credentials after refusing the ones sent: that is its 401.
                reply = HTTPHelperMessage.Reply(id: id, outcome: .response(status: 401, headers: [:]))
            } else if let error = error as? URLError, error.code == .timedOut {
                reply = HTTPHelperMessage.Reply(id: id, outcome: .timedOut)
            } else {
                let reason = (error as? URLError).map(Self.reason) ?? error.map { "\($0.localizedDescription)" } ?? "no HTTP answer"
                reply = HTTPHelperMessage.Reply(id: id, outcome: .network(reason: reason))
            }
            finished(reply)
        }
        identifier.withLock { $0 = task.taskIdentifier }
        task.resume()
    }

    /// A short reason for a `URLError`, without the URL (messages name it once).
    private static func reason(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "the connection was refused"
        case .cannotFindHost, .dnsLookupFailed: "the host name cannot be found"
        case .networkConnectionLost: "the connection was lost"
        case .notConnectedToInternet: "there is no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
            .serverCertificateHasUnknownRoot:
            "the TLS connection failed (the server's certificate is not trusted by the system)"
        default: "network error \(error.code.rawValue)"
        }
    }
}
