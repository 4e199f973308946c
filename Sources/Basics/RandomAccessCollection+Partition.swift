extension RandomAccessCollection {
    /// The index of the first element for which `belongsInSecondPartition` is `true`, or
    /// `endIndex` when there is none, in a collection already partitioned by it (every `false`
    /// before every `true`): a binary search. Sorted by `key`, the first element whose key is
    /// at least `value` is `partitioningIndex { $0.key >= value }`.
    ///
    /// - Complexity: O(log *n*) calls of `belongsInSecondPartition`.
    @inlinable
    public func partitioningIndex(where belongsInSecondPartition: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = index(low, offsetBy: half)
            if try belongsInSecondPartition(self[middle]) {
                length = half
            } else {
                low = index(after: middle)
                length -= half + 1
            }
        }
        return low
    }
}
