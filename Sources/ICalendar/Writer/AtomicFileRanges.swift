#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Positioned writes into the temporary file of an ``AtomicFile``, from any thread: each range
/// goes to its own offset (`pwrite(2)`), so that chunks serialised on several threads reach the
/// file as soon as their place in it is known, whatever order they finish in. Valid only while
/// the `AtomicFile.write(to:durable:_:)` body that made it runs.
struct AtomicFileRanges: Sendable {
    let descriptor: Int32
    /// The destination, for errors.
    let path: String

    /// Writes all of `buffer` at `offset`.
    func write(_ buffer: UnsafeRawBufferPointer, at offset: Int) throws(AtomicFileError) {
        var written = 0
        while written < buffer.count, let base = buffer.baseAddress {
            let result = pwrite(descriptor, base + written, buffer.count - written, off_t(offset + written))
            if result < 0 {
                if errno == EINTR { continue }
                throw AtomicFileError(path: path, step: .write, code: errno)
            }
            written += result
        }
    }

    /// Asks the kernel to start writing the `length` bytes at `offset` to the disk now, without
    /// waiting for them (Linux `sync_file_range(2)` with `SYNC_FILE_RANGE_WRITE`), so that the
    /// closing `fsync` waits only for what was written last. Advisory: durability still comes
    /// from that `fsync`; a failure here changes nothing and is ignored, and other systems skip it.
    func startWriteback(offset: Int, length: Int) {
        #if canImport(Glibc)
        _ = Self.syncFileRange?(descriptor, Int64(offset), Int64(length), Self.syncFileRangeWrite)
        #endif
    }

    #if canImport(Glibc)
    /// `sync_file_range(2)`, looked up in the C library once. The Glibc module does not
    /// export it (it is declared only under `_GNU_SOURCE`); `dlsym` gives the function with
    /// its C calling convention, which no `@_silgen_name` declaration would guarantee.
    private static let syncFileRange: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range").map {
            unsafeBitCast($0, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
        }

    /// `SYNC_FILE_RANGE_WRITE` of `<fcntl.h>`: start writeback of the dirty pages in the range.
    private static let syncFileRangeWrite: UInt32 = 2
    #endif
}
