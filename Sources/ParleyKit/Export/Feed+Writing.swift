import Dispatch
import Foundation
import ICalendar
import Synchronization

extension Feed {
    /// Replaces the file ``fileName`` in `folder` with the feed, atomically and durably
    /// (``AtomicFile``: a temporary file in the same folder, `fsync`, rename), handing the
    /// feed's pieces to the file one by one instead of assembling them first.
    ///
    /// - Throws: ``AtomicFileError`` naming the path and the step that failed; the old file,
    ///   if any, is then untouched.
    public func write(into folder: String) throws(AtomicFileError) {
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
        do {
            try AtomicFile.write(to: path) { (file: inout AtomicFile) throws(AtomicFileError) in
                try forEachChunk { (chunk: UnsafeRawBufferPointer) throws(AtomicFileError) in try file.append(chunk) }
            }
        } catch {
            switch error {
            case .file(let failure), .body(let failure): throw failure
            }
        }
    }

    /// Writes each of `feeds` into `folder` with ``write(into:)``, several at once: one
    /// feed's `fsync` waits for the disk while others are copied, so `cores + 2` threads take
    /// the feeds in turn, biggest first.
    ///
    /// - Returns: for each feed, in the same order, `nil` when it was written, else why not.
    public static func write(_ feeds: [Feed], into folder: String) -> [AtomicFileError?] {
        let queue = WriteQueue(feeds: feeds)
        let helpers = min(feeds.count, max(1, ProcessInfo.processInfo.activeProcessorCount) + 2) - 1
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<max(helpers, 0) {
            Thread {
                queue.drain(into: folder)
                done.signal()
            }.start()
        }
        queue.drain(into: folder)
        for _ in 0..<max(helpers, 0) { done.wait() }
        return queue.failures.withLock { $0 }
    }
}

/// The feeds ``Feed/write(_:into:)`` has yet to write, biggest first, and what failed.
private final class WriteQueue: Sendable {
    let feeds: [Feed]
    let order: [Int]
    let next = Atomic<Int>(0)
    let failures: Mutex<[AtomicFileError?]>

    init(feeds: [Feed]) {
        self.feeds = feeds
        order = feeds.indices.sorted { feeds[$0].byteCount > feeds[$1].byteCount }
        failures = Mutex(Array(repeating: nil, count: feeds.count))
    }

    /// Writes feeds until none is left.
    func drain(into folder: String) {
        while true {
            let position = next.add(1, ordering: .relaxed).oldValue
            guard position < order.count else { return }
            let index = order[position]
            do throws(AtomicFileError) {
                try feeds[index].write(into: folder)
            } catch {
                failures.withLock { $0[index] = error }
            }
        }
    }
}
