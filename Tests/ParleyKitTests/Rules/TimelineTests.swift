import TestSupport
import Testing

@testable import ParleyKit

/// A person's sweep against its definition written out pair by pair: every two rounds that
/// overlap, and each round with the latest-ending round before it when they do not; with a
/// focus, only the pairs with a side in it.
@Suite struct TimelineTests {
    static func attendances(seed: UInt64, count: Int) -> [Attendance] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { position in
            let start = Int64.random(in: 0..<3_000_000, using: &generator)
            let allDay = Bool.random(using: &generator)
            let length = allDay ? 86_400 * Int64.random(in: 1...3, using: &generator) : Int64.random(in: 1_800...30_000, using: &generator)
            return Attendance(
                occurrence: position, person: "p", range: InstantRange(start: start, end: start + length), role: .guest,
                travelDays: Int.random(in: 0...2, using: &generator), venueID: nil, isAllDay: allDay)
        }
        .sorted { ($0.range, $0.occurrence) < ($1.range, $1.occurrence) }
    }

    /// Every pair by the definition, in O(n²).
    static func reference(_ list: [Attendance], focus: Set<Int>?) -> Set<Timeline.Pair> {
        var pairs = Set<Timeline.Pair>()
        for later in list.indices {
            var latest: Int?
            for earlier in list.indices[..<later] {
                let overlap = Timeline.overlaps(
                    list[earlier].range, list[later].range, allDay: list[earlier].isAllDay && list[later].isAllDay)
                if overlap { pairs.insert(Timeline.Pair(earlier: list[earlier], later: list[later], gap: nil)) }
                if latest.map({ list[$0].range.end < list[earlier].range.end }) ?? true { latest = earlier }
            }
            if let latest, !Timeline.overlaps(list[latest].range, list[later].range, allDay: list[latest].isAllDay && list[later].isAllDay)
            {
                pairs.insert(
                    Timeline.Pair(earlier: list[latest], later: list[later], gap: list[later].range.start - list[latest].range.end))
            }
        }
        guard let focus else { return pairs }
        return pairs.filter { focus.contains($0.earlier.occurrence) || focus.contains($0.later.occurrence) }
    }

    @Test(arguments: [1, 5, 2026] as [UInt64]) func sweepMatchesDefinition(seed: UInt64) {
        let list = Self.attendances(seed: seed, count: 300)
        #expect(Set(Timeline.pairs(list)) == Self.reference(list, focus: nil))
    }

    @Test(arguments: [2, 6, 2027] as [UInt64]) func focusedSweepMatchesDefinition(seed: UInt64) {
        let list = Self.attendances(seed: seed, count: 300)
        var generator = SeededGenerator(seed: seed + 1)
        let focus = Set((0..<4).map { _ in Int.random(in: 0..<300, using: &generator) })
        let (pairs, more) = Timeline.pairs(list, limit: .max, focus: focus, overlapping: { _ in true }, consecutive: { _ in true })
        #expect(more == 0)
        #expect(pairs.count == Set(pairs).count)
        #expect(Set(pairs) == Self.reference(list, focus: focus))
    }

    /// Past the limit, the pairs are counted, not listed: the first `limit` are those the walk
    /// lists, and the count is the rest of them, against the walk with no limit and against
    /// the definition, on crowded rounds (many at once), with and without a focus.
    @Test(arguments: [3, 9, 2029] as [UInt64]) func countingPastTheLimitMatchesTheWalk(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let list = Self.attendances(seed: seed, count: 300).map { attendance in
            // Crowd them: starts within a few days, so hundreds overlap.
            let start = attendance.range.start / 10
            return Attendance(
                occurrence: attendance.occurrence, person: "p", range: InstantRange(start: start, end: start + attendance.range.length),
                role: .guest, travelDays: attendance.travelDays, venueID: nil, isAllDay: attendance.isAllDay)
        }
        .sorted { ($0.range, $0.occurrence) < ($1.range, $1.occurrence) }
        let overlapping: (Attendance) -> Bool = { $0.occurrence % 3 != 0 }
        let consecutive: (Timeline.Pair) -> Bool = { $0.isDoubleBooked }
        for focus in [nil, Set((0..<4).map { _ in Int.random(in: 0..<300, using: &generator) })] {
            let walked = Timeline.pairs(list, limit: .max, focus: focus, overlapping: overlapping, consecutive: consecutive).pairs
            let defined = Self.reference(list, focus: focus).filter { $0.gap == nil ? overlapping($0.later) : consecutive($0) }
            #expect(Set(walked) == defined)
            for limit in [0, 1, 7, 100, walked.count - 1, walked.count, walked.count + 5] where limit >= 0 {
                let (pairs, more) = Timeline.pairs(list, limit: limit, focus: focus, overlapping: overlapping, consecutive: consecutive)
                #expect(pairs == Array(walked.prefix(limit)), "limit \(limit)")
                #expect(more == max(0, walked.count - limit), "limit \(limit)")
            }
        }
    }
}
