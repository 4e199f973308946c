import Basics
import Dispatch
import Foundation
import Synchronization
import Testing

@Suite struct FileDescriptorTests {
    /// More than a pipe holds at once (64 KiB on Linux) arrives whole: `write(2)` takes part
    /// of it per call and the loop writes the rest.
    @Test func writesEverythingThroughAPipe() throws {
        let pipe = Pipe()
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let received = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            received.withLock { $0 = pipe.fileHandleForReading.readDataToEndOfFile() }
            done.signal()
        }.start()
        try bytes.withUnsafeBytes { raw in try FileDescriptor.writeAll(raw, to: pipe.fileHandleForWriting.fileDescriptor) }
        try pipe.fileHandleForWriting.close()
        done.wait()
        #expect(received.withLock { $0 } == Data(bytes))
    }

    @Test func aClosedDescriptorIsAnError() throws {
        let error = try #require(throws: SystemError.self) {
            try [UInt8]("x".utf8).withUnsafeBytes { raw in try FileDescriptor.writeAll(raw, to: -1) }
        }
        #expect(error.code == EBADF)
        #expect(error.description == "Bad file descriptor")
    }

    /// Through a socket pair, more than its buffer holds arrives whole; once the peer is
    /// closed, sending is `EPIPE`, not SIGPIPE (which would end this test process).
    @Test func sendsEverythingThroughASocketAndAGonePeerIsAnError() throws {
        var ends: [Int32] = [-1, -1]
        #if os(Linux)
            #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
        #else
            #expect(socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0)
            var on: Int32 = 1
            _ = setsockopt(ends[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let bytes = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 * 13) }
        let reader = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        let received = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            received.withLock { $0 = reader.readDataToEndOfFile() }
            done.signal()
        }.start()
        try bytes.withUnsafeBytes { raw in try FileDescriptor.sendAll(raw, to: ends[0]) }
        shutdown(ends[0], Int32(SHUT_WR))
        done.wait()
        #expect(received.withLock { $0 } == Data(bytes))
        close(ends[1])
        let error = try #require(throws: SystemError.self) {
            try [UInt8]("x".utf8).withUnsafeBytes { raw in try FileDescriptor.sendAll(raw, to: ends[0]) }
        }
        #expect(error.code == EPIPE)
        close(ends[0])
    }
}
