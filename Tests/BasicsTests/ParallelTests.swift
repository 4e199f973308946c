import Basics
import Synchronization
import Testing

@Suite struct ParallelTests {
    /// Every index is computed exactly once and the results come back in index order,
    /// whatever the number of threads (the sequential `map` is the reference).
    @Test(arguments: [0, 1, 2, 7, 1000], [1, 2, 8])
    func mapEqualsTheSequentialMap(count: Int, threads: Int) {
        let calls = Mutex([Int](repeating: 0, count: count))
        let results = Parallel.map(count, threads: threads) { index -> String in
            calls.withLock { $0[index] += 1 }
            return "item \(index * index)"
        }
        #expect(results == (0..<count).map { "item \($0 * $0)" })
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: count))
    }

    /// Optional results stay as they are (`nil` is a result, not a missing one).
    @Test func optionalResultsKeepTheirNils() {
        let results = Parallel.map(100, threads: 4) { $0 % 3 == 0 ? nil : $0 }
        #expect(results == (0..<100).map { $0 % 3 == 0 ? nil : $0 })
    }
}

@Suite struct PartitioningIndexTests {
    /// The binary search against a linear scan, on sorted arrays with repeats, for every
    /// value below, inside and above them, on arrays and on slices that do not start at 0.
    @Test func agreesWithALinearScan() {
        for length in 0...24 {
            let values = (0..<length).map { $0 / 3 * 2 }
            for value in -1...(length + 1) {
                let linear = values.firstIndex { $0 >= value } ?? values.endIndex
                #expect(values.partitioningIndex { $0 >= value } == linear, "length \(length), value \(value)")
                let slice = values.dropFirst(length / 2)
                let sliceLinear = slice.firstIndex { $0 >= value } ?? slice.endIndex
                #expect(slice.partitioningIndex { $0 >= value } == sliceLinear, "slice of length \(slice.count), value \(value)")
            }
        }
    }
}
