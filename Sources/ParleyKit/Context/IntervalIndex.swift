import Basics

/// Ranges of absolute time with an item each, sorted by start, for overlap queries by sort
/// and sweep instead of comparing every pair.
///
/// ```swift
/// let index = IntervalIndex([(range1, 0), (range2, 1)])
/// index.overlapping(InstantRange(start: a, end: b))   // the entries sharing time with a..<b
/// index.overlappingPairs()                            // every pair that shares time
/// ```
public struct IntervalIndex: Sendable {
    /// One range and the item it belongs to.
    public struct Entry: Hashable, Sendable {
        /// The range.
        public let range: InstantRange
        /// The caller's item (an index into the caller's array).
        public let item: Int
    }

    /// The entries, by start then end then item.
    public let entries: [Entry]
    /// The length of the longest entry, bounding how far back a query looks.
    private let longest: Int64

    /// An index of `ranges`.
    /// - Complexity: O(*n* log *n*).
    public init(_ ranges: [(InstantRange, Int)]) {
        entries = ranges.map { Entry(range: $0.0, item: $0.1) }.sorted { ($0.range, $0.item) < ($1.range, $1.item) }
        longest = entries.map(\.range.length).max() ?? 0
    }

    /// The entries sharing a positive stretch of time with `range`, by start.
    /// - Complexity: O(log *n* + *m*) for *m* entries starting within the longest entry's
    ///   length before `range`.
    public func overlapping(_ range: InstantRange) -> [Entry] {
        var result: [Entry] = []
        var index = firstIndex(startingAtOrAfter: range.start - longest)
        while index < entries.count, entries[index].range.start < range.end {
            if entries[index].range.overlaps(range) { result.append(entries[index]) }
            index += 1
        }
        return result
    }

    /// Every pair of entries that share time, as positions in ``entries`` (earlier first);
    /// with `focus`, only the pairs with an item in it.
    /// - Complexity: O(*n* log *n* + *k*) for *k* pairs: one sweep with the set of entries
    ///   still open (with `focus`, plus O(*n*) per entry in it).
    public func overlappingPairs(focus: Set<Int>? = nil) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        visitOverlappingPairs(focus: focus) { later, earlier in
            for position in earlier { pairs.append((position, later)) }
            return true
        }
        return pairs
    }

    /// The pairs of ``overlappingPairs(focus:)``, entry by entry in order: `visit` gets each
    /// later entry's position with the earlier positions it pairs with, and returns whether to
    /// go on. The result is the position after the last entry visited.
    @discardableResult
    public func visitOverlappingPairs(focus: Set<Int>? = nil, _ visit: (_ later: Int, _ earlier: [Int]) -> Bool) -> Int {
        // The earlier entries still open (with `focus`, only those in it).
        var open: [Int] = []
        for (position, entry) in entries.enumerated() {
            let focused = focus?.contains(entry.item) ?? true
            open.removeAll { entries[$0].range.end <= entry.range.start }
            let earlierOpen = focus != nil && focused ? earlierOverlapping(position) : open
            let earlier = earlierOpen.filter { entries[$0].range.overlaps(entry.range) }
            if !earlier.isEmpty, !visit(position, earlier) { return position + 1 }
            if entry.range.length > 0, focused { open.append(position) }
        }
        return entries.count
    }

    /// For each position in ``entries``, how many pairs of ``overlappingPairs(focus:)`` have it
    /// as the later entry, counting only the earlier entries whose `key` is the later entry's
    /// (neither `nil`) when `key` is given. Counted, not listed: the earlier entries all start
    /// no later, so they share time exactly when they end after its start.
    /// - Complexity: O(*n* log *n*).
    public func earlierOverlappingCounts(focus: Set<Int>? = nil, key: ((Int) -> String?)? = nil) -> [Int] {
        let keys = entries.indices.map { position in key.map { $0(position) } ?? "" }
        var endsByKey: [String: [Int64]] = [:]
        for (position, entry) in entries.enumerated() {
            if let key = keys[position] { endsByKey[key, default: []].append(entry.range.end) }
        }
        var every = endsByKey.mapValues { OpenEnds($0) }
        var inFocus = focus == nil ? nil : every
        var counts = Array(repeating: 0, count: entries.count)
        for (position, entry) in entries.enumerated() {
            guard let key = keys[position] else { continue }
            let focused = focus?.contains(entry.item) ?? true
            counts[position] = (focused ? every[key] : inFocus?[key])?.count(endingAfter: entry.range.start) ?? 0
            if entry.range.length > 0 {
                every[key]?.insert(entry.range.end)
                if focused { inFocus?[key]?.insert(entry.range.end) }
            }
        }
        return counts
    }

    /// The positions before `position` in ``entries`` that share time with its entry.
    /// - Complexity: O(*n*).
    public func earlierOverlapping(_ position: Int) -> [Int] {
        entries.indices[..<position].filter { entries[$0].range.overlaps(entries[position].range) }
    }

    /// The position of the first entry starting at or after `start` (binary search).
    private func firstIndex(startingAtOrAfter start: Int64) -> Int {
        entries.partitioningIndex { $0.range.start >= start }
    }
}
