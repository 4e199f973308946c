import Dispatch
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CalDAV

/// ``HTTPTransport`` and the `parley-http` process it sends through (built beside the test
/// program), against a real HTTP server on the loopback address; and ``HTTPHelper`` with
/// programs that are not the helper, for how it fails.
@Suite struct HTTPTransportTests {
    @Test func threadsSharingOneTransportEachGetTheirOwnAnswer() throws {
        // Each answer names its path, and comes late enough that the exchanges overlap.
        let server = try LoopbackHTTPServer(delay: 0.05) { request in
            LoopbackHTTPServer.Response(status: 200, headers: ["ETag": "\"\(request.path)\""], body: "answer for \(request.path)")
        }
        let transport = HTTPTransport(credentials: Credentials(user: "desk", password: "pw"), timeout: 10, retries: 0)
        let count = 24
        let urls = try (0..<count).map { try #require(URL(string: "\(server.url)/objects/\($0).ics")) }
        let answers = Mutex<[Int: HTTPResponse]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { index in
            if let response = try? transport.send(HTTPRequest(method: "GET", url: urls[index])) {
                answers.withLock { $0[index] = response }
            }
        }
        let received = answers.withLock { $0 }
        #expect(received.count == count)
        for index in 0..<count {
            #expect(received[index]?.status == 200)
            #expect(received[index].map { String(decoding: $0.body, as: UTF8.self) } == "answer for /objects/\(index).ics")
            #expect(received[index]?.etag == "\"/objects/\(index).ics\"")
        }
        // Basic authentication (RFC 7617): base64 of "desk:pw".
        #expect(server.requests.count == count)
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == "Basic ZGVzazpwdw==" })
    }

    @Test func aBodyAndHeadersGoThroughUnchanged() throws {
        let server = try LoopbackHTTPServer { request in
            LoopbackHTTPServer.Response(status: 207, body: String(decoding: request.body, as: UTF8.self).uppercased())
        }
        let transport = HTTPTransport(credentials: nil, timeout: 10, retries: 0)
        let body = "BEGIN:VCALENDAR\r\nSUMMARY:Jakarta – Москва\r\nEND:VCALENDAR\r\n"
        let request = HTTPRequest(
            method: "REPORT", url: try #require(URL(string: "\(server.url)/cal/")),
            headers: ["Depth": "1", "Content-Type": "text/calendar"],
            body: Data(body.utf8))
        let response = try transport.send(request)
        #expect(response.status == 207)
        #expect(String(decoding: response.body, as: UTF8.self) == body.uppercased())
        let seen = try #require(server.requests.first)
        #expect(seen.method == "REPORT")
        #expect(seen.headers["depth"] == "1")
        #expect(seen.headers["authorization"] == nil)
        #expect(seen.body == Data(body.utf8))
    }

    @Test func aProgramThatCannotStartIsAClearError() {
        #expect {
            _ = try HTTPHelper(path: "/nonexistent/parley-http", timeout: 5)
        } throws: { error in
            guard case .helper(let reason) = error as? CalDAVError else { return false }
            return reason.hasPrefix("cannot start /nonexistent/parley-http")
        }
    }

    @Test func aHelperThatEndsFailsTheExchangeInsteadOfWaiting() throws {
        // /bin/true ends at once, without answering.
        let helper = try HTTPHelper(path: "/bin/true", timeout: 5)
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "http://127.0.0.1:9/")))
        #expect {
            _ = try helper.exchange(request, headers: [:], within: 30)
        } throws: { error in
            guard case .helper(let reason) = error as? CalDAVError else { return false }
            return reason == "/bin/true (which makes parley's HTTP requests) stopped before it answered"
        }
    }

    @Test func aHelperThatAnswersSomethingElseIsReported() throws {
        // A stand-in that sends each request back as it came: not a reply.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-http-echo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let echo = folder.appendingPathComponent("echo").path
        try "#!/bin/sh\nexec cat\n".write(toFile: echo, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: echo)
        let helper = try HTTPHelper(path: echo, timeout: 5)
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "http://127.0.0.1:9/")))
        #expect {
            _ = try helper.exchange(request, headers: [:], within: 30)
        } throws: { error in
            guard case .helper(let reason) = error as? CalDAVError else { return false }
            return reason == "\(echo) answered something that is not a reply"
        }
    }

    /// A reply's body goes after its head as raw bytes (newlines, NUL, bytes that are not
    /// UTF-8, text that looks like a head); a reply is read only once all of it has arrived.
    @Test func aReplyIsReadBackWholeWhateverItsBodyHolds() throws {
        let body = Data([0x0A, 0x00, 0xFF, 0x7B]) + Data("}\n{\"id\":9}\n".utf8)
        let first = HTTPHelperMessage.Reply(id: 7, outcome: .response(status: 207, headers: ["ETag": "\"x\""]), body: body)
        let second = HTTPHelperMessage.Reply(id: 8, outcome: .network(reason: "the connection was refused"))
        let firstBytes = Array(try first.encoded())
        let bytes = firstBytes + Array(try second.encoded())
        for cut in 0..<firstBytes.count {
            #expect(try HTTPHelperMessage.Reply.decode(from: Array(bytes[..<cut]), at: 0) == nil)
        }
        let (readFirst, end) = try #require(try HTTPHelperMessage.Reply.decode(from: bytes, at: 0))
        #expect(readFirst.id == 7)
        #expect(readFirst.body == body)
        #expect(end == firstBytes.count)
        guard case .response(let status, let headers) = readFirst.outcome else {
            Issue.record("not a response: \(readFirst.outcome)")
            return
        }
        #expect(status == 207)
        #expect(headers == ["ETag": "\"x\""])
        let (readSecond, secondEnd) = try #require(try HTTPHelperMessage.Reply.decode(from: bytes, at: end))
        #expect(readSecond.id == 8)
        #expect(readSecond.body.isEmpty)
        #expect(secondEnd == bytes.count)
        guard case .network(let reason) = readSecond.outcome else {
            Issue.record("not a network failure: \(readSecond.outcome)")
            return
        }
        #expect(reason == "the connection was refused")
        #expect(throws: (any Error).self) { try HTTPHelperMessage.Reply.decode(from: Array("not a head\n".utf8), at: 0) }
    }
}
