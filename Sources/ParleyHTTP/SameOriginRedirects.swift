import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
