import Basics
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One output stream of a run, standard output or standard error: either a file descriptor
/// of the process or, in tests, a memory buffer that collects everything written.
///
/// A channel on a terminal writes each call through at once (so standard output and standard
/// error interleave as written); otherwise it gathers up to 1 MiB before each `write(2)`.
/// ``Output/flush()`` writes what remains; `run(arguments:environment:output:)` calls it.
final class OutputChannel: Sendable {
    /// Whether the stream is a terminal, which allows colour under `--color auto`.
    let isTerminal: Bool
    private let fileDescriptor: Int32?
    private let pending = Mutex<[UInt8]>([])

    private static let bufferLimit = 1 << 20

    /// A channel writing to an open file descriptor of the process (1 or 2).
    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        isTerminal = isatty(fileDescriptor) == 1
    }

    /// A channel that keeps everything written in memory, read back with ``text`` or ``bytes``.
    init(capturingAsTerminal isTerminal: Bool) {
        fileDescriptor = nil
        self.isTerminal = isTerminal
    }

    /// Writes `text` as UTF-8 through ``VisibleText``: control characters shown as `\u{1B}`,
    /// no line starting a workflow command.
    func write(_ text: String) {
        write(VisibleText(text))
    }

    /// Writes text already made visible (a report with its colour codes).
    func write(_ text: VisibleText) {
        write(bytes: text.bytes)
    }

    /// Writes raw bytes unchanged: only formats that escape every control character
    /// themselves (JSON from `JSONWriter`, iCalendar from `CalendarWriter`).
    func write(bytes: some Collection<UInt8>) {
        pending.withLock { buffer in
            buffer.append(contentsOf: bytes)
            if isTerminal || buffer.count >= Self.bufferLimit { writeOut(&buffer) }
        }
    }

    /// Writes out anything gathered but not yet written; does nothing for a memory channel.
    func flush() {
        pending.withLock { writeOut(&$0) }
    }

    /// Everything written to a memory channel (empty for a file-descriptor channel once flushed).
    var bytes: [UInt8] { pending.withLock { $0 } }

    /// Everything written to a memory channel, decoded as UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `buffer` to the file descriptor and empties it, keeping its storage for the
    /// next bytes; called under the lock, so writes leave in the order they were made.
    private func writeOut(_ buffer: inout [UInt8]) {
        guard let fileDescriptor, !buffer.isEmpty else { return }
        // A closed or full stream loses the rest of the output; nothing more can be said on it.
        buffer.withUnsafeBytes { raw in try? FileDescriptor.writeAll(raw, to: fileDescriptor) }
        buffer.removeAll(keepingCapacity: true)
    }
}
