import Foundation

/// What ``HTTPTransport`` and `parley-http` say to each other. `parley-http` is the small
/// program that holds the HTTP stack (`URLSession`, and through it libcurl and TLS), so that
/// only a command that goes on the network loads it: every other command starts without it.
///
/// Over a socket pair (the helper's standard input and output): a ``Request`` from parley, one
/// JSON object a line (its body, small, in base64), and one ``Reply`` for each from the
/// helper (a JSON head line, then the body's bytes), matched by `id`, in the order they
/// finish. A request is tried once; the transport retries.
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
    ///
    /// Written as a head, one line of JSON (`id`, `outcome`, `bodyLength`), followed by the
    /// response body's bytes as they are: a large multistatus is neither escaped nor encoded.
    package struct Reply: Sendable {
        package var id: Int
        package var outcome: Outcome
        /// The response body; empty unless ``outcome`` is a response.
        package var body: Data

        package init(id: Int, outcome: Outcome, body: Data = Data()) {
            self.id = id
            self.outcome = outcome
            self.body = body
        }

        /// The head line and the body, as the helper writes them.
        package func encoded() throws -> Data {
            var data = try JSONEncoder().encode(Head(id: id, outcome: outcome, bodyLength: body.count))
            data.append(0x0A)
            data.append(body)
            return data
        }

        /// The reply that starts at `start` in `bytes` and where it ends, or `nil` when its
        /// head or body has not all arrived yet.
        ///
        /// - Throws: when the head line is not a reply's head.
        package static func decode(from bytes: [UInt8], at start: Int) throws -> (reply: Reply, end: Int)? {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            let head = try JSONDecoder().decode(Head.self, from: Data(bytes[start..<newline]))
            let bodyStart = newline + 1
            guard head.bodyLength >= 0, bytes.count - bodyStart >= head.bodyLength else { return nil }
            let end = bodyStart + head.bodyLength
            return (Reply(id: head.id, outcome: head.outcome, body: Data(bytes[bodyStart..<end])), end)
        }

        private struct Head: Codable {
            var id: Int
            var outcome: Outcome
            var bodyLength: Int
        }
    }

    /// How one exchange ended.
    package enum Outcome: Codable, Sendable {
        /// The server answered (a `401` also when it challenged the credentials sent); the body
        /// is the reply's.
        case response(status: Int, headers: [String: String])
        /// No answer within the timeout.
        case timedOut
        /// No answer: the connection failed, for `reason`.
        case network(reason: String)
    }
}
