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
}
