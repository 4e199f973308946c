import Dispatch
import Synchronization

/// The shared state of a calendar written by several threads
/// (``CalendarWriter/write(_:toFile:durable:chunkSize:)`` for a big calendar): which chunk of
/// items is next to serialise, where in the file the next finished chunk goes, and the first
/// failure in document order.
///
/// Chunks are claimed in order. A chunk's offset is the previous chunk's offset plus its
/// length, so each chunk waits on its `placed` semaphore until the chunk before it has taken
/// its place, takes its own, and signals the next one, whether it succeeded or failed:
/// every claimed chunk passes the signal on, so no thread waits forever. The bytes then go
/// to the file with positioned writes, in parallel, and the file is the same whatever order
/// the threads finish in.
final class WriterPipeline: Sendable {
    /// Why writing stopped.
    enum Failure: Error {
        case body(CalendarWriteError)
        case file(AtomicFileError)
    }

    private struct State {
        var nextChunk = 0
        var nextOffset: Int
        /// The failure of the earliest chunk that failed: the one a single-threaded writer meets first.
        var failure: (chunk: Int, failure: Failure)?

        mutating func record(_ failure: Failure, chunk: Int) {
            if let earlier = self.failure, earlier.chunk <= chunk { return }
            self.failure = (chunk, failure)
        }
    }

    let chunkCount: Int
    private let state: Mutex<State>
    /// `placed[i]` is signalled once chunk `i - 1` has taken its place in the file (chunk 0's at once).
    private let placed: [DispatchSemaphore]

    /// A pipeline for `chunkCount` chunks written from `offset` on.
    init(chunkCount: Int, offset: Int) {
        self.chunkCount = chunkCount
        state = Mutex(State(nextOffset: offset))
        // Made at zero and signalled: libdispatch traps when a semaphore is freed with a
        // value below the one it was made with.
        placed = (0...chunkCount).map { _ in DispatchSemaphore(value: 0) }
        placed[0].signal()
    }

    /// The next chunk to serialise, or `nil` when all are taken or one has failed.
    func claim() -> Int? {
        state.withLock { state in
            guard state.failure == nil, state.nextChunk < chunkCount else { return nil }
            defer { state.nextChunk += 1 }
            return state.nextChunk
        }
    }

    /// Whether a chunk before `chunk` failed, so that `chunk` need not be serialised.
    func hasFailed(before chunk: Int) -> Bool {
        state.withLock { state in state.failure.map { $0.chunk < chunk } ?? false }
    }

    /// Waits until the chunks before `chunk` have taken their places, then gives `chunk`
    /// its `length` bytes and returns their offset; `nil`, taking no place, when `failure`
    /// is given (it is recorded) or an earlier chunk failed. Call once per claimed chunk.
    func place(_ chunk: Int, length: Int, failure: Failure?) -> Int? {
        placed[chunk].wait()
        defer { placed[chunk + 1].signal() }
        return state.withLock { state in
            if let failure {
                state.record(failure, chunk: chunk)
                return nil
            }
            if let earlier = state.failure, earlier.chunk < chunk { return nil }
            defer { state.nextOffset += length }
            return state.nextOffset
        }
    }

    /// Records that writing `chunk` (already placed) to the file failed.
    func fail(_ chunk: Int, _ failure: Failure) {
        state.withLock { state in state.record(failure, chunk: chunk) }
    }

    /// The offset after the last chunk placed, and the first failure in document order.
    var outcome: (end: Int, failure: Failure?) {
        state.withLock { state in (state.nextOffset, state.failure?.failure) }
    }
}
