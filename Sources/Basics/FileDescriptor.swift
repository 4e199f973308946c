#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to an open file descriptor of the process: `write(2)`, or `send(2)` for a socket.
public enum FileDescriptor {
    /// Writes all of `bytes` to `descriptor`: `write(2)` may take fewer bytes than it is given
    /// (a pipe, a signal), so it is called again for the rest, and again after `EINTR`.
    ///
    /// - Throws: ``SystemError`` with the `errno` of the call that failed; the bytes before
    ///   it were written.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(SystemError) {
        try all(of: bytes) { systemWrite(descriptor, $0, $1) }
    }

    /// Writes all of `bytes` to the stream socket `socket` as ``writeAll(_:to:)`` does, but a
    /// peer that is gone fails with `EPIPE` instead of ending the process with SIGPIPE (on
    /// Linux through `MSG_NOSIGNAL`; elsewhere the socket must have `SO_NOSIGPIPE` set).
    ///
    /// - Throws: ``SystemError`` with the `errno` of the call that failed.
    public static func sendAll(_ bytes: UnsafeRawBufferPointer, to socket: Int32) throws(SystemError) {
        #if os(Linux)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        try all(of: bytes) { send(socket, $0, $1, flags) }
    }

    /// Hands `bytes` to `call` (an address and a count; it returns how many it took, or −1 with
    /// `errno`) until all are taken: again for the rest, and again after `EINTR`.
    private static func all(of bytes: UnsafeRawBufferPointer, _ call: (UnsafeRawPointer, Int) -> Int) throws(SystemError) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = call(base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            written += result
        }
    }

    /// `write(2)` under the C library's own module name on each platform.
    private static func systemWrite(_ descriptor: Int32, _ address: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, address, count)
        #elseif canImport(Musl)
            Musl.write(descriptor, address, count)
        #else
            Darwin.write(descriptor, address, count)
        #endif
    }
}

/// A system call's failure: its `errno` value.
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public let code: Int32

    /// The failure with `errno` value `code`.
    public init(code: Int32) {
        self.code = code
    }

    /// The system's text for ``code`` (`No space left on device`).
    public var description: String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }
}
