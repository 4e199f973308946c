import Dispatch
import Foundation
import Synchronization

/// The one way Parley spreads work over threads: a parallel `map` over `0..<count`.
///
/// Threads claim indices in ascending order, one at a time, from a shared counter, so slow
/// and fast items even out without any striding by the caller; each result goes to its own
/// slot, so the result never depends on which thread ran what or in which order they finished.
public enum Parallel {
    /// The cores this process may run on (at least one), asked once: asking reads the
    /// scheduler's files, which cost more than a small batch of work (a check's suggestion
    /// searches map thousands of batches of eight windows).
    public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body(0)`, …, `body(count - 1)`, in that order, computed on up to `threads` threads at
    /// once (the calling thread is one of them; `count` 1 or `threads` 1 stays on it).
    ///
    /// `threads` defaults to ``cores``, right for work that computes; work that waits for a
    /// disk (`fsync`) may ask for more, so that some threads copy while others wait.
    ///
    /// - Complexity: `count` calls of `body`, divided among the threads.
    public static func map<Result: Sendable>(
        _ count: Int, threads: Int = cores, _ body: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        let helpers = min(max(threads, 1), count) - 1
        guard helpers > 0 else { return (0..<max(count, 0)).map(body) }
        let work = Work(count: count, body: body)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<helpers {
            Thread {
                reserveArena()
                work.drain()
                done.signal()
            }.start()
        }
        work.drain()
        for _ in 0..<helpers { done.wait() }
        return work.results()
    }

    /// Sets room aside in the calling thread's allocator arena (glibc), as one of the process's
    /// first helper threads starts. A thread's arena otherwise grows a page at a time, one
    /// `mprotect(2)` for every 4 KiB the thread allocates: about 900 calls while one half of a
    /// 3 MB calendar is read. One block of ``arenaReserve`` bytes, allocated and freed at once,
    /// grows it in one call; the room stays in the arena (the CLI keeps freed memory, see
    /// `FreedMemory`), untouched, so it costs no memory, and the later threads that take the
    /// same arena (glibc hands an exited thread's arena to the next) find it there. Only the
    /// first `cores - 1` helpers do it, so a process that maps thousands of small batches does
    /// not allocate and free the block thousands of times.
    private static func reserveArena() {
        #if canImport(Glibc)
            guard arenasReserved.add(1, ordering: .relaxed).oldValue < cores - 1, let block = malloc(arenaReserve) else { return }
            HugePages.request(block, arenaReserve)
            // Published, so that the compiler cannot drop an allocation nobody reads.
            reservedBlock.store(Int(bitPattern: block), ordering: .relaxed)
            free(block)
        #endif
    }

    private static let arenaReserve = 16 << 20
    private static let reservedBlock = Atomic<Int>(0)
    private static let arenasReserved = Atomic<Int>(0)

    /// `body` of contiguous stripes of `0..<count`, in order: several stripes per core, so that
    /// slow and fast ones even out, or one stripe on the calling thread when `count` is under
    /// `minimum` (too little work to pay for a thread).
    public static func mapStripes<Result: Sendable>(
        _ count: Int, minimum: Int = 256, _ body: @escaping @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        let stripes = count < minimum ? 1 : 8 * cores
        return map(stripes) { stripe in body(count * stripe / stripes..<count * (stripe + 1) / stripes) }
    }
}

/// The indices of one ``Parallel/map(_:threads:_:)`` call still to claim, and their results.
private final class Work<Result: Sendable>: Sendable {
    private let count: Int
    private let body: @Sendable (Int) -> Result
    private let next = Atomic<Int>(0)
    private let slots: Mutex<[Result?]>

    init(count: Int, body: @escaping @Sendable (Int) -> Result) {
        self.count = count
        self.body = body
        slots = Mutex(Array(repeating: nil, count: count))
    }

    /// Claims and computes indices until none is left.
    func drain() {
        while true {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            let result = body(index)
            slots.withLock { $0[index] = result }
        }
    }

    /// The results in index order, once every index has been computed.
    func results() -> [Result] {
        slots.withLock { slots in slots.compactMap { $0 } }
    }
}
