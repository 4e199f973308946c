import Dispatch
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends ``HTTPRequest``s with `URLSession` and waits for each answer: HTTP Basic
/// authentication sent with every request, a timeout per attempt, and retries with
/// exponential backoff for network errors, timeouts and 5xx answers (not 501 or 507, which
/// retrying cannot change). Redirects are followed only to the same scheme, host and port,
/// so credentials never go elsewhere.
public final class HTTPTransport: Sendable {
    /// How many seconds an attempt may wait for an answer.
    public let timeout: Double
    /// How many times a failed attempt is repeated.
    public let retries: Int
    /// The first backoff delay in seconds; each retry doubles it.
    public let backoff: Double
    private let authorization: String?
    private let session: URLSession
    private let guardian = SameOriginRedirects()

    /// A transport that authenticates as `credentials` (none when `nil`).
    public init(credentials: Credentials?, timeout: Double = 30, retries: Int = 3, backoff: Double = 0.5) {
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        authorization = credentials?.authorization
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration, delegate: guardian, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` and returns the server's answer, whatever its status, retrying as the
    /// type's summary says.
    ///
    /// - Throws: ``CalDAVError/timedOut(method:url:seconds:attempts:)`` or
    ///   ``CalDAVError/network(method:url:reason:attempts:)`` once every attempt failed.
    public func send(_ request: HTTPRequest) throws(CalDAVError) -> HTTPResponse {
        var attempt = 0
        while true {
            attempt += 1
            let outcome = once(request)
            let retryable: Bool
            switch outcome {
            case .success(let response):
                retryable = response.status >= 500 && response.status != 501 && response.status != 507
                if !retryable || attempt > retries { return response }
            case .failure(let error):
                if attempt > retries { throw error }
                retryable = true
            }
            if retryable {
                Thread.sleep(forTimeInterval: backoff * Double(1 << min(attempt - 1, 10)))
            }
        }
    }

    private func once(_ request: HTTPRequest) -> Result<HTTPResponse, CalDAVError> {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if let authorization { urlRequest.setValue(authorization, forHTTPHeaderField: "Authorization") }
        // No `Expect: 100-continue`: a server that never answers it (Radicale) would cost a second per body.
        urlRequest.setValue("", forHTTPHeaderField: "Expect")
        urlRequest.httpBody = request.body
        let answer = Mutex<Result<HTTPResponse, CalDAVError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let method = request.method
        let address = CalDAVClient.display(request.url)
        let timeout = self.timeout
        let challenged = guardian
        let identifier = Mutex(-1)
        let task = session.dataTask(with: urlRequest) { data, response, error in
            let result: Result<HTTPResponse, CalDAVError>
            if let response = response as? HTTPURLResponse, error == nil {
                var headers: [String: String] = [:]
                for (key, value) in response.allHeaderFields {
                    if let key = key as? String, let value = value as? String { headers[key] = value }
                }
                result = .success(HTTPResponse(status: response.statusCode, headers: headers, body: data ?? Data()))
            } else if let error = error as? URLError, error.code == .cancelled, challenged.wasChallenged(identifier.withLock { $0 }) {
                // The server asked for credentials after refusing the ones sent: that is its 401.
                result = .success(HTTPResponse(status: 401, headers: [:], body: Data()))
            } else if let error = error as? URLError, error.code == .timedOut {
                result = .failure(.timedOut(method: method, url: address, seconds: timeout, attempts: 1))
            } else {
                let reason = (error as? URLError).map(Self.reason) ?? error.map { "\($0.localizedDescription)" } ?? "no HTTP answer"
                result = .failure(.network(method: method, url: address, reason: reason, attempts: 1))
            }
            answer.withLock { $0 = result }
            done.signal()
        }
        identifier.withLock { $0 = task.taskIdentifier }
        task.resume()
        // URLSession's own timeout should fire first; this is the backstop that keeps the promise.
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            return .failure(.timedOut(method: method, url: address, seconds: timeout, attempts: retries + 1))
        }
        let result = answer.withLock { $0 } ?? .failure(.network(method: method, url: address, reason: "no answer", attempts: 1))
        return result.mapError { error in
            switch error {
            case .timedOut(let method, let url, let seconds, _):
                .timedOut(method: method, url: url, seconds: seconds, attempts: retries + 1)
            case .network(let method, let url, let reason, _):
                .network(method: method, url: url, reason: reason, attempts: retries + 1)
            default: error
            }
        }
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

/// Follows a redirect only to the same scheme, host and port, so the `Authorization` header
/// never reaches another server; any other redirect is returned as the answer. A password
/// challenge (a `401` with `WWW-Authenticate`) is not answered, because the credentials went
/// with the request already: the task is cancelled and its `401` reported
/// (``wasChallenged(_:)``). The server's certificate is checked the system's way.
final class SameOriginRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    private let challenged = Mutex<Set<Int>>([])

    /// Whether the task `identifier` met a password challenge.
    func wasChallenged(_ identifier: Int) -> Bool {
        challenged.withLock { $0.contains(identifier) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        let method = challenge.protectionSpace.authenticationMethod
        guard method == NSURLAuthenticationMethodHTTPBasic || method == NSURLAuthenticationMethodHTTPDigest else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        challenged.withLock { _ = $0.insert(task.taskIdentifier) }
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let from = task.originalRequest?.url
        let to = request.url
        let same = from?.scheme == to?.scheme && from?.host == to?.host && from?.port == to?.port
        completionHandler(same ? request : nil)
    }
}
