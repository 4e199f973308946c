import Basics

/// The ends of ranges met so far in a sweep by start, counted by a Fenwick tree over the
/// ends known in advance: how many ranges that started earlier are still open at an instant
/// is one query, not a walk over them, so counting a thousand rounds at once past a cap
/// costs *n* log *n*, not *n*².
struct OpenEnds {
    /// Every end that may be inserted, sorted and without repeats.
    private let ends: [Int64]
    /// The Fenwick tree: `tree[i]` sums the counts of a run of ``ends`` ending at `i - 1`.
    private var tree: [Int]
    /// How many ends were inserted.
    private(set) var count = 0

    /// An empty count over the ends that may be inserted (`ends` in any order).
    init(_ ends: some Sequence<Int64>) {
        self.ends = Array(Set(ends)).sorted()
        tree = Array(repeating: 0, count: self.ends.count + 1)
    }

    /// Counts one more range ending at `end` (which must be one of the ends given to `init`).
    mutating func insert(_ end: Int64) {
        var position = ends.partitioningIndex { $0 >= end } + 1
        while position < tree.count {
            tree[position] += 1
            position += position & -position
        }
        count += 1
    }

    /// How many of the inserted ends are later than `instant`.
    func count(endingAfter instant: Int64) -> Int {
        var position = ends.partitioningIndex { $0 > instant }
        var atOrBefore = 0
        while position > 0 {
            atOrBefore += tree[position]
            position -= position & -position
        }
        return count - atOrBefore
    }
}
