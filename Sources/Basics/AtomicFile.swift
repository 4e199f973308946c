#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old content or the whole new content, never
/// a truncated file: the bytes go to a temporary file in the same folder, which is flushed to
/// disk (`fsync`) and then renamed over the destination (`rename(2)` is atomic within a file
/// system). If anything fails, the temporary file is removed and the destination is untouched.
///
/// A symbolic link at the destination is replaced by the file, not followed. A destination
/// that is not a regular file (a device such as `/dev/null`, a FIFO, a socket, a folder) is
/// refused before anything is written, so it is never replaced by a regular file.
public struct AtomicFile: ~Copyable {
    private let descriptor: Int32
    private let path: String

    /// Replaces the file at `path` with `bytes`, atomically. A replaced file keeps its
    /// permissions; a new one gets mode 0644 (less the process umask).
    ///
    /// - Throws: ``AtomicFileError`` naming the path, the step that failed and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        do {
            try write(to: path) { (file: inout AtomicFile) throws(AtomicFileError) in try file.append(bytes) }
        } catch {
            switch error {
            case .file(let failure), .body(let failure): throw failure
            }
        }
    }

    /// Replaces the file at `path` with what `body` appends, atomically; for output too big to
    /// hold in memory at once.
    ///
    /// With `durable` (the default) the data is flushed to the disk (`fsync`) before the
    /// rename, so even a power cut leaves the old or the new file. Without it the replacement
    /// is still atomic for every reader and for an interrupted process, only faster.
    ///
    /// - Throws: ``AtomicFileError``, or whatever `body` throws (the destination is then untouched).
    public static func write<Failure: Error>(
        to path: String, durable: Bool = true, _ body: (inout AtomicFile) throws(Failure) -> Void
    ) throws(AtomicFileOrBodyError<Failure>) {
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        let kind = existing.st_mode & S_IFMT
        if exists && kind != S_IFREG && kind != S_IFLNK {
            throw .file(AtomicFileError(path: path, step: .refuse, code: 0))
        }
        let slash = path.lastIndex(of: "/")
        let folderPrefix = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folderPrefix + ".\(base).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .file(AtomicFileError(path: path, step: .create, code: errno)) }
        if stat(path, &existing) == 0 {
            // A replaced file keeps its permissions (a plan kept private stays private).
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        var file = AtomicFile(descriptor: descriptor, path: path)
        var failure: AtomicFileOrBodyError<Failure>?
        do {
            try body(&file)
        } catch {
            failure = .body(error)
        }
        if failure == nil, durable, fsync(descriptor) != 0 { failure = .file(AtomicFileError(path: path, step: .write, code: errno)) }
        if close(descriptor) != 0, failure == nil { failure = .file(AtomicFileError(path: path, step: .write, code: errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = .file(AtomicFileError(path: path, step: .rename, code: errno)) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Appends `bytes` to the temporary file.
    public mutating func append(_ bytes: [UInt8]) throws(AtomicFileError) {
        var failure: AtomicFileError?
        bytes.withUnsafeBytes { buffer in
            do throws(AtomicFileError) {
                try append(buffer)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Appends the bytes of `buffer` to the temporary file.
    public mutating func append(_ buffer: UnsafeRawBufferPointer) throws(AtomicFileError) {
        do {
            try FileDescriptor.writeAll(buffer, to: descriptor)
        } catch {
            throw AtomicFileError(path: path, step: .write, code: error.code)
        }
    }
}

/// The failure of ``AtomicFile/write(to:_:)``: the file system's, or the producing body's.
public enum AtomicFileOrBodyError<Body: Error>: Error {
    /// Creating, writing, flushing or renaming failed.
    case file(AtomicFileError)
    /// The body threw.
    case body(Body)
}

extension AtomicFileOrBodyError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .file(let error): "\(error)"
        case .body(let error): "\(error)"
        }
    }
}
