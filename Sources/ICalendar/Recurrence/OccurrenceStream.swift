import Basics
import CivilTime

/// The occurrences of a calendar's events, one at a time as they are generated, in order of
/// start (then of appearance in the file): a merge of each series' own ordered occurrences
/// (``SeriesOccurrences``), so a year of a large calendar is written out as it is expanded,
/// never held whole.
///
/// ```swift
/// let stream = try events.occurrenceStream(from: start, to: end)
/// while let occurrence = try stream.next() { print(occurrence.start.iso8601) }
/// ```
///
/// A single event (no rule, `RDATE`, `EXDATE` or override: most of a calendar) has at most one
/// occurrence, worked out at the start; so are the occurrences of recurring series, on every core,
/// until 65,536 are (``SeriesOccurrences/generateAhead(upTo:)``). Those of single events and of
/// series so worked out whole wait in one list in order of (start, series); only the series with
/// more to generate take part in the merge.
///
/// A stream is read once, from one place: it is a class, so every reference to it shares its
/// position. Its changing state is `@exclusivity(unchecked)`: nothing reaches it but ``next()``
/// and ``nextStart()`` (through one private `advance()`), which never call back into the
/// stream, so the runtime's check of every access (a tenth of the merge's instructions) could
/// never fail.
///
/// - Complexity: O(log *s*) per occurrence for *s* series still generating, after O(*n* log *n*)
///   to start for *n* occurrences worked out before the merge.
public final class OccurrenceStream {
    /// Every series, for the events of the occurrences worked out before the merge.
    private let all: [CalendarEvents.Series]
    /// The series still generating by their place among all series (`nil` for single events and
    /// series worked out before the merge).
    private let series: [SeriesOccurrences?]
    /// A min-heap of the series still generating with occurrences left, by (next start, series).
    @exclusivity(unchecked) private var heap: [(start: Int64, series: Int)]
    /// An occurrence worked out before the merge, with its series' place.
    typealias Ready = (occurrence: OccurrenceTimes, series: Int)
    /// The occurrences worked out before the merge, a list for each stretch of series set up on a
    /// core (by (start, series); the stretches hold different series), and how many of each were
    /// handed on. They are merged as they are read: joined at the start, they would be copied
    /// once more into memory the process has not touched yet.
    private let ready: [[Ready]]
    @exclusivity(unchecked) private var readyTaken: [Int]
    private let limit: Int
    @exclusivity(unchecked) private var produced = 0

    /// A calendar of fewer series is set up on the calling thread alone.
    private static let parallelSeries = 512
    /// How many occurrences of recurring series (about 100 bytes each) are generated while the
    /// series are set up, on every core, before the merge hands them on from one (on the bench's
    /// 10,000-event calendar the merge's instructions went from 65 to 10 million); a stream read
    /// only in part wastes at most this.
    private static let generatedAhead = 65_536

    /// The occurrences of `events` overlapping `[from, to)`, or with `nil` every occurrence.
    ///
    /// - Throws: ``RecurrenceError`` without a window when a series recurs forever, or when a
    ///   series cannot be expanded.
    init(_ events: CalendarEvents, from: Instant?, to: Instant?, limit: Int) throws(RecurrenceError) {
        self.limit = limit
        if from == nil || to == nil, let endless = events.series.first(where: { !$0.recurrence.isFinite }) {
            throw RecurrenceError(
                .windowTooFar,
                "line \(endless.source.line ?? 0): \(endless.source.name) '\(endless.master.property("SUMMARY")?.textValue ?? "")' recurs forever; give a window (--between A B)"
            )
        }
        // A large calendar's series are set up in contiguous stretches on every core at once,
        // then joined in order; the first error in the file is the one thrown.
        let all = events.series
        let stretches = all.count < Self.parallelSeries ? 1 : min(Parallel.cores, 8)
        let budget = events.maximumInstancesPerWindow
        let prepared = Parallel.map(stretches) { stretch in
            Prepared(
                all, all.count * stretch / stretches..<all.count * (stretch + 1) / stretches, from: from, to: to, budget: budget,
                ahead: Self.generatedAhead / stretches)
        }
        if let failure = prepared.lazy.compactMap(\.failure).first { throw failure }
        var series: [SeriesOccurrences?] = Array(repeating: nil, count: all.count)
        var heap: [(start: Int64, series: Int)] = []
        for stretch in prepared {
            for (index, occurrences) in stretch.recurring {
                series[index] = occurrences
                if let start = occurrences.nextStart { heap.append((start, index)) }
            }
        }
        self.series = series
        self.all = all
        ready = prepared.map(\.ready)
        readyTaken = Array(repeating: 0, count: ready.count)
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, from: index) }
        self.heap = heap
    }

    /// The next occurrence, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` when a series cannot be expanded that far, or past `limit`
    ///   occurrences.
    public func next() throws(RecurrenceError) -> EventOccurrence? {
        guard let (times, series) = try advance() else { return nil }
        return EventOccurrence(times, of: all[series].event(at: times.event))
    }

    /// The next occurrence's start alone, or `nil` at the end: for a reader that wants no more
    /// (`parley expand --ics` prints the starts), the occurrence's event is never reached — that
    /// reference, counted on the stream's core for an event made on another, was a sixth of the
    /// command's time.
    ///
    /// - Throws: as ``next()``.
    public func nextStart() throws(RecurrenceError) -> RecurrenceInstance? {
        try advance()?.occurrence.start
    }

    /// Takes the next occurrence, with its series' place among all series.
    private func advance() throws(RecurrenceError) -> Ready? {
        // The first of the stretches' next worked-out occurrences, compared in place: an
        // occurrence is copied only when it is handed on.
        var first: (list: Int, key: (Int64, Int))?
        for list in ready.indices where readyTaken[list] < ready[list].count {
            let entry = readyTaken[list]
            let key = (ready[list][entry].occurrence.start.instant.secondsSinceEpoch, ready[list][entry].series)
            if first.map({ key < $0.key }) ?? true { first = (list, key) }
        }
        if let (list, key) = first, heap.first.map({ key < $0 }) ?? true {
            try count()
            let taken = ready[list][readyTaken[list]]
            readyTaken[list] += 1
            return taken
        }
        guard let top = heap.first, let recurring = series[top.series], let times = try recurring.next() else { return nil }
        try count()
        if let following = recurring.nextStart {
            heap[0] = (following, top.series)
        } else {
            let last = heap.removeLast()
            guard !heap.isEmpty else { return (times, top.series) }
            heap[0] = last
        }
        Self.siftDown(&heap, from: 0)
        return (times, top.series)
    }

    /// Counts one more occurrence handed on.
    ///
    /// - Throws: ``RecurrenceError`` past `limit`.
    private func count() throws(RecurrenceError) {
        produced += 1
        guard produced <= limit else {
            throw RecurrenceError(.windowTooFar, "more than \(limit) occurrences; narrow the window")
        }
    }

    /// Moves the entry at `start` down `heap` to its place: the smaller child moves up into
    /// the hole until the entry fits, then the entry is written once (one access to the heap's
    /// storage, not one per step).
    private static func siftDown(_ heap: inout [(start: Int64, series: Int)], from start: Int) {
        heap.withUnsafeMutableBufferPointer { heap in
            let moving = heap[start]
            var hole = start
            while true {
                let left = 2 * hole + 1
                guard left < heap.count else { break }
                let child = left + 1 < heap.count && heap[left + 1] < heap[left] ? left + 1 : left
                guard heap[child] < moving else { break }
                heap[hole] = heap[child]
                hole = child
            }
            heap[hole] = moving
        }
    }
}
