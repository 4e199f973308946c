import Basics
import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A running `parley-http` (see ``HTTPHelperMessage``): started with one end of a socket pair
/// as its standard input and output, it makes the exchanges sent to it, several at once, and
/// ends when that socket is shut. A thread reads its replies and hands each to the exchange
/// waiting for it.
///
/// It is looked for beside the running program (`parley-http` in the same folder: a build
/// folder, or an unpacked release) and then in `../libexec/parley/` (where `make install`
/// puts it), symbolic links to the program followed.
final class HTTPHelper: Sendable {
    private let path: String
    private let socket: Int32
    private let process: Mutex<Process>
    private let waiting = Waiting()
    private let sending = Mutex(())
    private let readerDone = DispatchSemaphore(value: 0)

    /// Starts the helper found beside the running program, whose attempts time out after
    /// `timeout` seconds.
    ///
    /// - Throws: ``CalDAVError/helper(_:)`` when it is not found or does not start.
    convenience init(timeout: Double) throws(CalDAVError) {
        let searched = Self.candidates()
        guard let path = searched.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            let places = searched.isEmpty ? "the running program's path is unknown" : "looked for " + searched.joined(separator: " and ")
            throw .helper("cannot find parley-http, the program parley makes HTTP requests with (\(places)); reinstall parley")
        }
        try self.init(path: path, timeout: timeout)
    }

    /// Starts the helper at `path`, whose attempts time out after `timeout` seconds.
    ///
    /// - Throws: ``CalDAVError/helper(_:)`` when it does not start.
    init(path: String, timeout: Double) throws(CalDAVError) {
        self.path = path
        var ends: [Int32] = [-1, -1]
        guard Self.socketPair(&ends) else {
            throw .helper("cannot make a socket to talk to \(path): \(String(cString: strerror(errno)))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--timeout", String(timeout)]
        let childEnd = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        process.standardInput = childEnd
        process.standardOutput = childEnd
        do {
            try process.run()
        } catch {
            close(ends[0])
            close(ends[1])
            throw .helper("cannot start \(path): \(error.localizedDescription)")
        }
        close(ends[1])
        socket = ends[0]
        self.process = Mutex(process)
        let socket = self.socket
        let waiting = self.waiting
        let done = readerDone
        let name = path
        Thread.detachNewThread {
            Self.readReplies(from: socket, to: waiting, helper: name)
            done.signal()
        }
    }

    deinit {
        // The helper ends when its input ends; the reader then reads the end of its output.
        shutdown(socket, Int32(SHUT_WR))
        if readerDone.wait(timeout: .now() + 5) == .timedOut {
            process.withLock { $0.terminate() }
            readerDone.wait()
        }
        close(socket)
    }

    /// Makes `request` once and returns the helper's reply, or `nil` when none came within
    /// `seconds` (the helper's own timeout should always answer first).
    ///
    /// - Throws: ``CalDAVError/helper(_:)`` when the helper has stopped.
    func exchange(_ request: HTTPRequest, headers: [String: String], within seconds: Double) throws(CalDAVError) -> HTTPHelperMessage
        .Reply?
    {
        let waiter = Waiter()
        let id = try waiting.add(waiter)
        defer { waiting.remove(id) }
        let message = HTTPHelperMessage.Request(id: id, method: request.method, url: request.url, headers: headers, body: request.body)
        guard let line = try? JSONEncoder().encode(message) else {
            throw .helper("cannot encode the \(request.method) request for \(path)")
        }
        let framed = line + Data([0x0A])
        let sent = sending.withLock { _ in
            framed.withUnsafeBytes { bytes in Result { () throws(SystemError) in try FileDescriptor.sendAll(bytes, to: socket) } }
        }
        guard case .success = sent else { throw .helper(Self.stopped(path)) }
        guard waiter.done.wait(timeout: .now() + seconds) == .success else { return nil }
        switch waiter.result.withLock({ $0 }) {
        case .success(let reply): return reply
        case .failure(let error): throw error
        case nil: return nil
        }
    }

    /// Why exchanges fail once the helper at `path` has ended.
    private static func stopped(_ path: String) -> String {
        "\(path) (which makes parley's HTTP requests) stopped before it answered"
    }

    /// Where the helper may be: beside the running program, then in `../libexec/parley/`.
    private static func candidates() -> [String] {
        #if os(Linux)
            let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #else
            let running = Bundle.main.executablePath
        #endif
        guard let running else { return [] }
        let folder = URL(fileURLWithPath: running).resolvingSymlinksInPath().deletingLastPathComponent()
        return [
            folder.appendingPathComponent("parley-http").path,
            folder.deletingLastPathComponent().appendingPathComponent("libexec/parley/parley-http").standardizedFileURL.path,
        ]
    }

    /// A connected pair of stream sockets in `ends`, neither inherited by other programs parley
    /// starts; writing to one whose peer is gone fails with `EPIPE` instead of a signal.
    private static func socketPair(_ ends: inout [Int32]) -> Bool {
        #if os(Linux)
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return false }
        #else
            guard socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0 else { return false }
            var on: Int32 = 1
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = setsockopt(end, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
            }
        #endif
        return true
    }

    /// Reads the helper's replies (a head line, then a body) until its output ends; then every
    /// exchange still waiting (and every later one) fails.
    private static func readReplies(from socket: Int32, to waiting: Waiting, helper path: String) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var reason = stopped(path)
        reading: while true {
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            buffer.append(contentsOf: chunk[..<count])
            var start = 0
            do {
                while let (reply, end) = try HTTPHelperMessage.Reply.decode(from: buffer, at: start) {
                    waiting.deliver(reply)
                    start = end
                }
            } catch {
                reason = "\(path) answered something that is not a reply"
                break reading
            }
            buffer.removeFirst(start)
        }
        waiting.end(reason)
    }

    /// One exchange waiting for its reply.
    private final class Waiter: Sendable {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<HTTPHelperMessage.Reply, CalDAVError>?>(nil)

        func finish(_ result: Result<HTTPHelperMessage.Reply, CalDAVError>) {
            self.result.withLock { $0 = result }
            done.signal()
        }
    }

    /// The exchanges waiting for replies, by request id, and why the helper ended, once it has.
    private final class Waiting: Sendable {
        private struct State {
            var nextID = 0
            var waiters: [Int: Waiter] = [:]
            var ended: String?
        }
        private let state = Mutex(State())

        func add(_ waiter: Waiter) throws(CalDAVError) -> Int {
            let added: Result<Int, CalDAVError> = state.withLock { state in
                if let ended = state.ended { return .failure(.helper(ended)) }
                state.nextID += 1
                state.waiters[state.nextID] = waiter
                return .success(state.nextID)
            }
            return try added.get()
        }

        func remove(_ id: Int) {
            _ = state.withLock { $0.waiters.removeValue(forKey: id) }
        }

        func deliver(_ reply: HTTPHelperMessage.Reply) {
            state.withLock { $0.waiters[reply.id] }?.finish(.success(reply))
        }

        func end(_ reason: String) {
            let waiters = state.withLock { state in
                state.ended = reason
                return Array(state.waiters.values)
            }
            for waiter in waiters { waiter.finish(.failure(.helper(reason))) }
        }
    }
}
