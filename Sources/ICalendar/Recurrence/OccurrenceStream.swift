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
/// occurrence, worked out at the start; those wait in a list in order of (start, series), and
/// only the recurring series take part in the merge.
///
/// A stream is read once, from one place: it is a class, so every reference to it shares its
/// position. Its changing state is `@exclusivity(unchecked)`: nothing reaches it but ``next()``,
/// which never calls back into the stream, so the runtime's check of every access (a tenth of
/// the merge's instructions) could never fail.
///
/// - Complexity: O(log *s*) per occurrence for *s* recurring series, after O(*n* log *n*) to
///   start for *n* series.
public final class OccurrenceStream {
    /// Every series, for the events of single ones.
    private let all: [CalendarEvents.Series]
    /// The recurring series by their place among all series (`nil` for single events).
    private let series: [SeriesOccurrences?]
    /// A min-heap of the recurring series with occurrences left, by (next start, series).
    @exclusivity(unchecked) private var heap: [(start: Int64, series: Int)]
    /// The occurrences of single events, by (start, series), and how many were handed on.
    private let singles: [(occurrence: OccurrenceTimes, series: Int)]
    @exclusivity(unchecked) private var nextSingle = 0
    private let limit: Int
    @exclusivity(unchecked) private var produced = 0

    /// A calendar of fewer series is set up on the calling thread alone.
    private static let parallelSeries = 512
    /// How many occurrences of recurring series (about 100 bytes each) are generated while the
    /// series are set up, on every core, before the merge hands them on from one: the merge
    /// does a third of the work it would, and a stream read only in part wastes at most this.
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
        var singles: [(occurrence: OccurrenceTimes, series: Int)] = []
        for stretch in prepared {
            for (index, occurrences) in stretch.recurring {
                series[index] = occurrences
                if let start = occurrences.nextStart { heap.append((start, index)) }
            }
            singles += stretch.singles
        }
        self.series = series
        self.all = all
        // Their keys sorted, then the occurrences gathered in that order: each is copied once,
        // not moved at every step of a sort. A series has one place, so no two keys are equal.
        let order = singles.indices.map { (singles[$0].occurrence.start.instant.secondsSinceEpoch, singles[$0].series, $0) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        self.singles = order.map { singles[$0.2] }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, from: index) }
        self.heap = heap
    }

    /// The next occurrence, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` when a series cannot be expanded that far, or past `limit`
    ///   occurrences.
    public func next() throws(RecurrenceError) -> EventOccurrence? {
        if nextSingle < singles.count {
            // Compared in place: an occurrence is copied only when it is handed on.
            let key = (singles[nextSingle].occurrence.start.instant.secondsSinceEpoch, singles[nextSingle].series)
            if heap.first.map({ key < $0 }) ?? true {
                try count()
                nextSingle += 1
                return EventOccurrence(singles[nextSingle - 1].occurrence, of: all[singles[nextSingle - 1].series].source)
            }
        }
        guard let top = heap.first, let recurring = series[top.series], let times = try recurring.next() else { return nil }
        let occurrence = EventOccurrence(times, of: recurring.events[times.event])
        try count()
        if let following = recurring.nextStart {
            heap[0] = (following, top.series)
        } else {
            let last = heap.removeLast()
            guard !heap.isEmpty else { return occurrence }
            heap[0] = last
        }
        Self.siftDown(&heap, from: 0)
        return occurrence
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
