import TestSupport
import Testing

@testable import ParleyKit

/// `Timeline.Others` (a person's rounds by start, compared only within reach) against the
/// plain `Timeline.clashes` over every other round, on seeded random rounds: all-day and
/// timed, hosts, guests with 1 to 3 travel days, lengths up to a week.
@Suite struct TimelineOthersTests {
    static func attendances(seed: UInt64, count: Int) -> [Attendance] {
        var generator = SeededGenerator(seed: seed)
        let day: Int64 = 86_400
        return (0..<count).map { occurrence in
            let start = Int64.random(in: 0..<(400 * day), using: &generator)
            let length = Int64.random(in: 1..<(7 * day), using: &generator)
            let role: Attendance.Role = Bool.random(using: &generator) ? .guest : .host
            return Attendance(
                occurrence: occurrence, person: "p", range: InstantRange(start: start, end: start + length), role: role,
                travelDays: role == .guest ? Int.random(in: 1...3, using: &generator) : 0, venueID: nil,
                isAllDay: Bool.random(using: &generator))
        }
        .sorted { ($0.range, $0.occurrence) < ($1.range, $1.occurrence) }
    }

    @Test(arguments: [1, 2, 3, 2026] as [UInt64]) func clashesMatchEveryOther(seed: UInt64) {
        let list = Self.attendances(seed: seed, count: 120)
        let others = Timeline.Others(list)
        for candidate in Self.attendances(seed: seed + 1_000, count: 300) {
            let excluded = candidate.occurrence % list.count
            let expected = Timeline.clashes(
                candidate.range, allDay: candidate.isAllDay, travelDays: candidate.travelDays,
                with: list.filter { $0.occurrence != excluded })
            #expect(
                others.clashes(candidate.range, allDay: candidate.isAllDay, travelDays: candidate.travelDays, excluding: excluded)
                    == expected)
        }
    }
}
