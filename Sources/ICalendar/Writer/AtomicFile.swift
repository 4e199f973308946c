#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the whole new content, never
/// a truncated file: the bytes go to a temporary file in the same folder, which is flushed to
/// disk and then renamed over the destination (`rename(2)` is atomic within a file system).
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`, atomically. The new file gets mode 0644
    /// (less the process umask).
    ///
    /// - Throws: ``AtomicFileError`` naming the path, the step that failed and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(base).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicFileError(path: path, step: .create, code: errno) }
        var failure: AtomicFileError?
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count, let base = buffer.baseAddress {
                let result = Glue.write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = AtomicFileError(path: path, step: .write, code: errno)
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = AtomicFileError(path: path, step: .write, code: errno) }
        if close(descriptor) != 0, failure == nil { failure = AtomicFileError(path: path, step: .write, code: errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = AtomicFileError(path: path, step: .rename, code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}

/// The C library's `write(2)`, named apart from Swift's `write` methods.
private enum Glue {
    static func write(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
        Musl.write(descriptor, pointer, count)
        #else
        Darwin.write(descriptor, pointer, count)
        #endif
    }
}
