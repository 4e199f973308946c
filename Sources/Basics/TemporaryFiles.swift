import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files ``AtomicFile`` is writing, removed if the process is stopped by SIGINT
/// or SIGTERM, and the stale ones an earlier, killed process left behind.
///
/// The signal handler must be async-signal-safe: it allocates nothing and takes no lock. Each
/// registered path is therefore copied as a C string into one of ``slotCount`` fixed buffers
/// allocated once, and published by setting its bit in an atomic mask only once it is
/// complete; the handler unlinks the paths whose bits are set, restores the default action
/// and raises the signal again, so the process still ends as the signal says.
public enum TemporaryFiles {
    /// What every temporary file's name carries between the destination's name and `PID-RANDOM`.
    public static let marker = ".parley-tmp-"

    /// How many temporary files can be registered at once (more writers wait).
    static let slotCount = 64
    /// The longest path a slot holds, with its terminating zero.
    static let slotSize = Int(PATH_MAX) + 1

    /// A registration, to pass back to ``unregister(_:)``; `nil` for a path too long to hold.
    public struct Registration: Sendable {
        let slot: Int?
    }

    /// Registers `path` for removal on SIGINT or SIGTERM (installing the handler the first time).
    public static func register(_ path: String) -> Registration {
        _ = installHandler
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return Registration(slot: nil) }
        var slot: Int?
        while slot == nil {
            let taken = claimed.load(ordering: .acquiring)
            guard let free = (0..<slotCount).first(where: { taken & (1 << UInt64($0)) == 0 }) else {
                sched_yield()
                continue
            }
            let bit = UInt64(1) << UInt64(free)
            if claimed.compareExchange(expected: taken, desired: taken | bit, ordering: .acquiringAndReleasing).exchanged { slot = free }
        }
        guard let slot else { return Registration(slot: nil) }
        let buffer = buffers + slot * slotSize
        for (offset, byte) in bytes.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
        buffer[bytes.count] = 0
        ready.bitwiseOr(UInt64(1) << UInt64(slot), ordering: .releasing)
        return Registration(slot: slot)
    }

    /// Forgets a registration (the file was renamed or removed).
    public static func unregister(_ registration: Registration) {
        guard let slot = registration.slot else { return }
        let bit = UInt64(1) << UInt64(slot)
        ready.bitwiseAnd(~bit, ordering: .releasing)
        claimed.bitwiseAnd(~bit, ordering: .releasing)
    }

    /// The paths registered now (for tests).
    public static var registered: [String] {
        let mask = ready.load(ordering: .acquiring)
        return (0..<slotCount).filter { mask & (1 << UInt64($0)) != 0 }.map { String(cString: buffers + $0 * slotSize) }
    }

    /// The names in `folder` of temporary files that no running process is writing: ours
    /// (`.NAME.parley-tmp-PID-RANDOM`) and those of earlier versions (`.NAME.tmp-PID-RANDOM`),
    /// whose process `PID` no longer exists. Sorted.
    public static func stale(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix("."), let pid = writer(of: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            names.append(name)
        }
        return names.sorted()
    }

    /// The process id in a temporary file's name, if `name` is one (`….parley-tmp-PID-HEX`
    /// or `….tmp-PID-DIGITS`).
    static func writer(of name: String) -> pid_t? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let random = parts.last, !random.isEmpty, random.allSatisfy(\.isHexDigit),
            let pid = pid_t(parts[parts.count - 2]), pid > 0
        else { return nil }
        let head = parts[..<(parts.count - 2)].joined(separator: "-")
        return head.hasSuffix(String(marker.dropLast())) || head.hasSuffix(".tmp") ? pid : nil
    }

    /// The process's file-creation mask, read once (setting and restoring it before any
    /// file is written).
    static let umask: mode_t = {
        let mask = systemUmask(0o022)
        _ = systemUmask(mask)
        return mask
    }()

    private static func systemUmask(_ mask: mode_t) -> mode_t {
        #if canImport(Glibc)
            Glibc.umask(mask)
        #elseif canImport(Musl)
            Musl.umask(mask)
        #else
            Darwin.umask(mask)
        #endif
    }

    /// Slots taken by a writer (being filled, or ready).
    private static let claimed = Atomic<UInt64>(0)
    /// Slots holding a complete path, which the handler removes.
    private static let ready = Atomic<UInt64>(0)
    /// ``slotCount`` buffers of ``slotSize`` bytes, allocated once and never freed.
    private nonisolated(unsafe) static let buffers = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)

    /// Installs the handler for SIGINT and SIGTERM, once.
    private static let installHandler: Void = {
        _ = ready.load(ordering: .relaxed)
        _ = buffers
        for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, removeAndRaise) }
    }()
}

/// The signal handler: unlinks every ready temporary file, then ends the process as the
/// signal would have. Only async-signal-safe calls (`unlink`, `signal`, `raise`).
private func removeAndRaise(_ signalNumber: Int32) {
    TemporaryFiles.removeReady()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

extension TemporaryFiles {
    /// Unlinks the ready paths; called from the signal handler.
    fileprivate static func removeReady() {
        let mask = ready.load(ordering: .acquiring)
        var slot = 0
        while slot < slotCount {
            if mask & (UInt64(1) << UInt64(slot)) != 0 { unlink(buffers + slot * slotSize) }
            slot += 1
        }
    }
}
