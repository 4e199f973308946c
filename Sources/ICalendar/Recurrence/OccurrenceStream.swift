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
/// A stream is read once, from one place: it is a class, so every reference to it shares its
/// position.
///
/// - Complexity: O(log *s*) per occurrence for *s* series, after O(*s*) to start.
public final class OccurrenceStream {
    private let series: [SeriesOccurrences]
    /// A min-heap of the series with occurrences left, by (next start, series).
    private var heap: [(start: Int64, series: Int)]
    private let limit: Int
    private var produced = 0

    /// The occurrences of `events` overlapping `[from, to)`, or with `nil` every occurrence.
    ///
    /// - Throws: ``RecurrenceError`` without a window when a series recurs forever, or when a
    ///   series cannot be expanded.
    init(_ events: CalendarEvents, from: Instant?, to: Instant?, limit: Int) throws(RecurrenceError) {
        self.limit = limit
        if from == nil || to == nil, let endless = events.series.first(where: { !$0.recurrence.isFinite }) {
            throw RecurrenceError(
                .windowTooFar,
                "line \(endless.master.line ?? 0): \(endless.master.name) '\(endless.master.property("SUMMARY")?.textValue ?? "")' recurs forever; give a window (--between A B)"
            )
        }
        var series: [SeriesOccurrences] = []
        series.reserveCapacity(events.series.count)
        var heap: [(start: Int64, series: Int)] = []
        for item in events.series {
            let occurrences = try SeriesOccurrences(item, from: from, to: to, budget: events.maximumInstancesPerWindow)
            if let start = occurrences.nextStart { heap.append((start, series.count)) }
            series.append(occurrences)
        }
        self.series = series
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, from: index) }
        self.heap = heap
    }

    /// The next occurrence, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` when a series cannot be expanded that far, or past `limit`
    ///   occurrences.
    public func next() throws(RecurrenceError) -> EventOccurrence? {
        guard let top = heap.first, let occurrence = try series[top.series].next() else { return nil }
        produced += 1
        guard produced <= limit else {
            throw RecurrenceError(.windowTooFar, "more than \(limit) occurrences; narrow the window")
        }
        if let following = series[top.series].nextStart {
            heap[0] = (following, top.series)
        } else {
            let last = heap.removeLast()
            guard !heap.isEmpty else { return occurrence }
            heap[0] = last
        }
        Self.siftDown(&heap, from: 0)
        return occurrence
    }

    /// Moves the entry at `start` down `heap` to its place (one access to the heap, not one per step).
    private static func siftDown(_ heap: inout [(start: Int64, series: Int)], from start: Int) {
        var parent = start
        while true {
            var smallest = parent
            let left = 2 * parent + 1
            if left < heap.count && heap[left] < heap[smallest] { smallest = left }
            if left + 1 < heap.count && heap[left + 1] < heap[smallest] { smallest = left + 1 }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
