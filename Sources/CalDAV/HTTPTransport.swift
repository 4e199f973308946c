import Dispatch
import Foundation
import Synchronization

/// Sends ``HTTPRequest``s and waits for each answer: HTTP Basic authentication sent with every
/// request, a timeout per attempt, and retries with exponential backoff for network errors,
/// timeouts and 5xx answers (not 501 or 507, which retrying cannot change). Redirects are
/// followed only to the same scheme, host and port, so credentials never go elsewhere.
///
/// The requests are made by `parley-http` (``HTTPHelper``), started at the first request and
/// stopped with the transport, several at once when several threads send: the HTTP stack
/// (`URLSession`, libcurl, TLS) lives in that program alone, so commands that make no request
/// never load it.
public final class HTTPTransport: Sendable {
    /// How many seconds an attempt may wait for an answer.
    public let timeout: Double
    /// How many times a failed attempt is repeated.
    public let retries: Int
    /// The first backoff delay in seconds; each retry doubles it.
    public let backoff: Double
    private let authorization: String?
    private let helper = Mutex<HTTPHelper?>(nil)

    /// A transport that authenticates as `credentials` (none when `nil`).
    public init(credentials: Credentials?, timeout: Double = 30, retries: Int = 3, backoff: Double = 0.5) {
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        authorization = credentials?.authorization
    }

    /// Sends `request` and returns the server's answer, whatever its status, retrying as the
    /// type's summary says.
    ///
    /// - Throws: ``CalDAVError/timedOut(method:url:seconds:attempts:)`` or
    ///   ``CalDAVError/network(method:url:reason:attempts:)`` once every attempt failed;
    ///   ``CalDAVError/helper(_:)`` when `parley-http` cannot be started or stopped.
    public func send(_ request: HTTPRequest) throws(CalDAVError) -> HTTPResponse {
        let helper = try runningHelper()
        var headers = request.headers
        if let authorization { headers["Authorization"] = authorization }
        let method = request.method
        let address = CalDAVClient.display(request.url)
        var attempt = 0
        while true {
            attempt += 1
            let failure: CalDAVError
            // The helper's own timeout answers first; this is the backstop that keeps the promise.
            let reply = try helper.exchange(request, headers: headers, within: timeout + 1)
            switch reply?.outcome {
            case .response(let status, let headers):
                let response = HTTPResponse(status: status, headers: headers, body: reply?.body ?? Data())
                let retryable = status >= 500 && status != 501 && status != 507
                if !retryable || attempt > retries { return response }
                failure = .status(method: method, url: address, status: status)
            case .timedOut, nil:
                failure = .timedOut(method: method, url: address, seconds: timeout, attempts: retries + 1)
            case .network(let reason):
                failure = .network(method: method, url: address, reason: reason, attempts: retries + 1)
            }
            if attempt > retries { throw failure }
            Thread.sleep(forTimeInterval: backoff * Double(1 << min(attempt - 1, 10)))
        }
    }

    /// The helper, started on first use.
    private func runningHelper() throws(CalDAVError) -> HTTPHelper {
        let started: Result<HTTPHelper, CalDAVError> = helper.withLock { helper in
            if let helper { return .success(helper) }
            do throws(CalDAVError) {
                let started = try HTTPHelper(timeout: timeout)
                helper = started
                return .success(started)
            } catch {
                return .failure(error)
            }
        }
        return try started.get()
    }
}
