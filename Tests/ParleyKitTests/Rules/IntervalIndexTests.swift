import TestSupport
import Testing

@testable import ParleyKit

/// The sort-and-sweep index against the obvious all-pairs comparison, on seeded random
/// ranges (the seed is in the test's arguments, so a failure names it).
@Suite struct IntervalIndexTests {
    static func ranges(seed: UInt64, count: Int) -> [(InstantRange, Int)] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { item in
            let start = Int64.random(in: 0..<1_000_000, using: &generator)
            return (InstantRange(start: start, end: start + Int64.random(in: 0..<40_000, using: &generator)), item)
        }
    }

    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64]) func pairsMatchAllPairs(seed: UInt64) {
        let input = Self.ranges(seed: seed, count: 400)
        let index = IntervalIndex(input)
        let swept = Set(index.overlappingPairs().map { [index.entries[$0.0].item, index.entries[$0.1].item].sorted() })
        var brute = Set<[Int]>()
        for i in input.indices { for j in input.indices where i < j && input[i].0.overlaps(input[j].0) { brute.insert([i, j]) } }
        #expect(swept == brute)
    }

    /// With a focus, the sweep gives exactly the all-pairs overlaps with an item in it.
    @Test(arguments: [3, 11, 2027] as [UInt64]) func focusedPairsMatchAllPairs(seed: UInt64) {
        let input = Self.ranges(seed: seed, count: 400)
        let index = IntervalIndex(input)
        var generator = SeededGenerator(seed: seed + 1)
        let focus = Set((0..<5).map { _ in Int.random(in: 0..<400, using: &generator) })
        let swept = index.overlappingPairs(focus: focus).map { [index.entries[$0.0].item, index.entries[$0.1].item].sorted() }
        var brute = Set<[Int]>()
        for i in input.indices {
            for j in input.indices where i < j && input[i].0.overlaps(input[j].0) && (focus.contains(i) || focus.contains(j)) {
                brute.insert([i, j])
            }
        }
        #expect(swept.count == Set(swept).count)
        #expect(Set(swept) == brute)
    }

    @Test(arguments: [7, 8, 9] as [UInt64]) func queriesMatchAFilter(seed: UInt64) {
        let input = Self.ranges(seed: seed, count: 300)
        let index = IntervalIndex(input)
        for query in Self.ranges(seed: seed + 100, count: 50).map(\.0) {
            #expect(Set(index.overlapping(query).map(\.item)) == Set(input.filter { $0.0.overlaps(query) }.map(\.1)))
        }
    }

    /// The counts of earlier overlapping entries, by counting ends, against the pairs listed one
    /// by one: with and without a focus, of every entry and of the entries with the same key.
    @Test(arguments: [4, 12, 2028] as [UInt64]) func countsMatchThePairs(seed: UInt64) {
        let input = Self.ranges(seed: seed, count: 400)
        let index = IntervalIndex(input)
        var generator = SeededGenerator(seed: seed + 1)
        let keys = input.map { _ in Bool.random(using: &generator) ? nil : ["x", "y"].randomElement(using: &generator) }
        let key: (Int) -> String? = { keys[index.entries[$0].item] }
        for focus in [nil, Set((0..<5).map { _ in Int.random(in: 0..<400, using: &generator) })] {
            var all = Array(repeating: 0, count: input.count)
            var same = Array(repeating: 0, count: input.count)
            for (first, second) in index.overlappingPairs(focus: focus) {
                all[second] += 1
                if let key = key(second), key == keys[index.entries[first].item] { same[second] += 1 }
            }
            #expect(index.earlierOverlappingCounts(focus: focus) == all)
            #expect(index.earlierOverlappingCounts(focus: focus, key: key) == same)
        }
    }
}
