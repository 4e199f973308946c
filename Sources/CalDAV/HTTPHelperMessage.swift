import Foundation

/// What ``HTTPTransport`` and `parley-http` say to each other. `parley-http` is the small
/// program that holds the HTTP stack (`URLSession`, and through it libcurl and TLS), so that
/// only a command that goes on the network loads it: every other command starts without it.
///
/// One JSON object per line over a socket pair (the helper's standard input and output): a
/// ``Request`` from parley, one ``Reply`` for each from the helper, matched by `id`, in the
/// order they finish. A request is tried once; the transport retries.
package enum HTTPHelperMessage {
    /// One HTTP exchange to make once, with every header it is sent with (`Authorization` too:
    /// the socket is private to the two processes, never an argument or the environment).
    package struct Request: Codable, Sendable {
        package var id: Int
        package var method: String
        package var url: URL
        package var headers: [String: String]
        package var body: Data?

        package init(id: Int, method: String, url: URL, headers: [String: String], body: Data?) {
            self.id = id
            self.method = method
            self.url = url
            self.headers = headers
            self.body = body
        }
    }

    /// The answer to the ``Request`` `id`: the server's response, or why there was none.
    package struct Reply: Codable, Sendable {
        package var id: Int
        package var outcome: Outcome

        package init(id: Int, outcome: Outcome) {
            self.id = id
            self.outcome = outcome
        }
    }

    /// How one exchange ended.
    package enum Outcome: Codable, Sendable {
        /// The server answered (a `401` also when it challenged the credentials sent).
        case response(status: Int, headers: [String: String], body: Data)
        /// No answer within the timeout.
        case timedOut
        /// No answer: the connection failed, for `reason`.
        case network(reason: String)
    }
}
