#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old content or the whole new content, never
/// a truncated file: the bytes go to a temporary file beside the destination, which is
/// flushed to disk (`fsync`) and then renamed over it (`rename(2)` is atomic within a file
/// system). If anything fails, the temporary file is removed and the destination is untouched.
/// This is the one careful write: `fmt`, `next --write` and `ics` all use it.
///
/// - The temporary file is created `0600` and only given the final mode (the replaced
///   file's permission bits, or `0666` less the umask for a new file) once it is complete, so
///   it is never readable by more people than the file it replaces. Only the permission bits
///   are carried over, never setuid, setgid or sticky.
/// - The replaced file's owner and group are kept where the process may set them; when the
///   group cannot be kept, the group's permission bits are dropped rather than handed to
///   another group.
/// - A symbolic link at the destination is followed when the process's user owns it (or is
///   root): the real file is replaced, beside itself, and the link stays. A link owned by
///   someone else (planted in a shared folder), or any link with `followingSymbolicLinks:
///   false`, is refused.
/// - A destination that is not a regular file (a device such as `/dev/null`, a FIFO, a socket,
///   a folder) or that has other hard links (which a rename would leave with the old content)
///   is refused before anything is written.
/// - The temporary file's name is short enough for any destination name (at most 255 bytes),
///   and it is registered with ``TemporaryFiles`` so that SIGINT or SIGTERM removes it.
public struct AtomicFile: ~Copyable {
    private let descriptor: Int32
    private let path: String

    /// Replaces the file at `path` with `bytes`, atomically (see the type's rules).
    ///
    /// - Throws: ``AtomicFileError`` naming the path, the step that failed and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String, followingSymbolicLinks: Bool = true) throws(AtomicFileError) {
        do {
            try write(to: path, followingSymbolicLinks: followingSymbolicLinks) { (file: inout AtomicFile) throws(AtomicFileError) in
                try file.append(bytes)
            }
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
        to path: String, durable: Bool = true, followingSymbolicLinks: Bool = true,
        _ body: (inout AtomicFile) throws(Failure) -> Void
    ) throws(AtomicFileOrBodyError<Failure>) {
        let target: String
        let existing: stat?
        do {
            (target, existing) = try destination(of: path, followingSymbolicLinks: followingSymbolicLinks)
        } catch {
            throw .file(error)
        }
        let temporary = temporaryPath(for: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .file(AtomicFileError(path: path, step: .create, code: errno)) }
        let registration = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(registration) }
        var mode = mode_t(0o666) & ~TemporaryFiles.umask
        if let existing {
            mode = existing.st_mode & 0o777
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
                    _ = fchown(descriptor, uid_t.max, existing.st_gid)
                }
                var now = stat()
                if fstat(descriptor, &now) == 0, now.st_gid != existing.st_gid { mode &= ~0o070 }
            }
        }
        var file = AtomicFile(descriptor: descriptor, path: path)
        var failure: AtomicFileOrBodyError<Failure>?
        do {
            try body(&file)
        } catch {
            failure = .body(error)
        }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = .file(AtomicFileError(path: path, step: .write, code: errno)) }
        if failure == nil, durable, fsync(descriptor) != 0 { failure = .file(AtomicFileError(path: path, step: .write, code: errno)) }
        if close(descriptor) != 0, failure == nil { failure = .file(AtomicFileError(path: path, step: .write, code: errno)) }
        if failure == nil, rename(temporary, target) != 0 { failure = .file(AtomicFileError(path: path, step: .rename, code: errno)) }
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

    /// The file to replace (`path`, or the real file a symbolic link at `path` leads to) and
    /// its status if it exists, or why it must not be replaced.
    private static func destination(of path: String, followingSymbolicLinks: Bool) throws(AtomicFileError) -> (String, stat?) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return (path, nil) }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            guard followingSymbolicLinks else { throw AtomicFileError(path: path, step: .symbolicLink, code: 0) }
            guard status.st_uid == geteuid() || geteuid() == 0 else { throw AtomicFileError(path: path, step: .foreignLink, code: 0) }
            guard let resolved = realpath(path, nil) else { throw AtomicFileError(path: path, step: .danglingLink, code: errno) }
            target = String(cString: resolved)
            free(resolved)
            guard lstat(target, &status) == 0 else { return (target, nil) }
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw AtomicFileError(path: path, step: .refuse, code: 0) }
        guard status.st_nlink <= 1 else { throw AtomicFileError(path: path, step: .hardLink, code: 0) }
        return (target, status)
    }

    /// `.NAME.parley-tmp-PID-RANDOM` beside `target`, with NAME cut to 100 bytes (at a
    /// character boundary) so the whole name stays under 255 bytes.
    static func temporaryPath(for target: String) -> String {
        let slash = target.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folderPrefix = slash.map { String(target[...$0]) } ?? ""
        let base = slash.map { String(target[target.utf8.index(after: $0)...]) } ?? target
        var cut = base.unicodeScalars.startIndex
        var length = 0
        for index in base.unicodeScalars.indices {
            length += UTF8.width(base.unicodeScalars[index])
            guard length <= 100 else { break }
            cut = base.unicodeScalars.index(after: index)
        }
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return folderPrefix + "." + String(base.unicodeScalars[..<cut]) + TemporaryFiles.marker + "\(getpid())-\(random)"
    }
}

/// The failure of ``AtomicFile/write(to:durable:followingSymbolicLinks:_:)``: the file system's, or the producing body's.
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
