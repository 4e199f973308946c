import CivilTime
import TestSupport
import Testing

@testable import ParleyKit

/// A venue is a place; a clash needs the same room (`exclusive`, `rooms N`, `rooms NAME…`).
@Suite struct VenueRoomsTests {
    static func check(venues: String, rounds: String) -> CheckResult {
        let text = """
            country ID "Indonesia"
              timezone Asia/Jakarta
            country JP "Japan"
              timezone Asia/Tokyo
            \(venues)
            exchange a "A"
              partners ID JP
            \(rounds)
            """
        let reader = MemoryPlanReader(["plan.parley": text])
        let loaded = Resolver.load(["plan.parley"], reader: reader)
        return Checker.check(loaded, options: CheckOptions(today: LocalDate(year: 2026, month: 6, day: 1) ?? .minimum, reader: reader))
    }

    /// Three rounds at `venue` on one day (a desk running three workshops in Tokyo).
    static func sameDay(_ venue: String, rooms: [String?] = [nil, nil, nil]) -> String {
        rooms.enumerated().map { index, room in
            "  round \(index + 1) on 2026-11-10 at \(venue)\(room.map { " room \($0)" } ?? "") planned"
        }.joined(separator: "\n")
    }

    @Test func aCityNeverClashesWithItself() {
        let result = Self.check(venues: "venue tokyo \"Tokyo\" in JP", rounds: Self.sameDay("tokyo"))
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
    }

    @Test func anExclusiveVenueIsOneRoom() {
        let result = Self.check(venues: "venue hall \"Tokyo\" in JP\n  exclusive", rounds: Self.sameDay("hall"))
        // Rounds 1–3 are lines 9–11: round 2 clashes with round 1; round 3 with rounds 1 and 2.
        #expect(result.findings.filter { $0.code == .venue }.map(\.location.line) == [10, 11, 11])
    }

    @Test func roomsHoldThatManyRoundsAtOnce() {
        let two = Self.check(venues: "venue jcc \"Jakarta\" in ID\n  rooms 2", rounds: Self.sameDay("jcc"))
        let found = two.findings.filter { $0.code == .venue }
        #expect(found.map(\.location.line) == [11])
        #expect(found.first?.message.contains("has 2 rooms") == true)
        let three = Self.check(venues: "venue jcc \"Jakarta\" in ID\n  rooms 3", rounds: Self.sameDay("jcc"))
        #expect(three.findings.isEmpty)
    }

    @Test func namedRoomsClashOnlyInTheSameRoom() {
        let venue = "venue kemlu \"Jakarta\" in ID\n  rooms garuda nusantara"
        let apart = Self.check(venues: venue, rounds: Self.sameDay("kemlu", rooms: ["garuda", "nusantara"]))
        #expect(apart.findings.isEmpty)
        let together = Self.check(venues: venue, rounds: Self.sameDay("kemlu", rooms: ["garuda", "garuda"]))
        #expect(together.findings.map(\.message).first?.hasPrefix("room garuda of kemlu (Jakarta) is used twice at once") == true)
        let full = Self.check(venues: venue, rounds: Self.sameDay("kemlu", rooms: ["garuda", "nusantara", nil]))
        #expect(full.findings.filter { $0.code == .venue }.map(\.location.line) == [11])
    }

    @Test func aRoomTheVenueDoesNotDeclareIsAnInputError() {
        let named = Self.check(
            venues: "venue kemlu \"Jakarta\" in ID\n  rooms garuda nusantara", rounds: "  round 1 on 2026-11-10 at kemlu room garud")
        #expect(named.findings.map(\.message) == ["unknown room 'garud' at kemlu (its rooms: garuda, nusantara); did you mean 'garuda'?"])
        let city = Self.check(venues: "venue tokyo \"Tokyo\" in JP", rounds: "  round 1 on 2026-11-10 at tokyo room a")
        #expect(city.hasInputErrors)
        let both = Self.check(venues: "venue hall \"Tokyo\" in JP\n  exclusive\n  rooms 2", rounds: "  round 1 on 2026-11-10 at hall")
        #expect(both.hasInputErrors)
    }

    /// The rounds one too many at a venue, counted, against the definition walked pair by
    /// pair: each round with every earlier round it shares time with, none in its own room,
    /// and the most of them at once inside it (counted at every start, the only instants where
    /// the count can rise) at least the rooms; with a focus, only rounds of the focus's pairs.
    @Test(arguments: [1, 17, 2026] as [UInt64]) func overfullMatchesThePeakOfEveryPair(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let count = 300
        let input = (0..<count).map { item in
            let start = Int64.random(in: 0..<200_000, using: &generator)
            return (InstantRange(start: start, end: start + Int64.random(in: 0..<30_000, using: &generator)), item)
        }
        let rooms = (0..<count).map { _ in Bool.random(using: &generator) ? nil : ["a", "b", "c"].randomElement(using: &generator) }
        let index = IntervalIndex(input)
        for focus in [nil, Set((0..<4).map { _ in Int.random(in: 0..<count, using: &generator) })] {
            for capacity in 1...6 {
                var judged: [Int: [Int]] = [:]
                for (first, second) in index.overlappingPairs(focus: focus) { judged[second, default: []].append(first) }
                let expected = judged.keys.sorted().filter { later in
                    let earlier = index.entries.indices[..<later].filter { index.entries[$0].range.overlaps(index.entries[later].range) }
                    let room = rooms[index.entries[later].item]
                    guard !earlier.contains(where: { room != nil && rooms[index.entries[$0].item] == room }) else { return false }
                    let window = index.entries[later].range
                    let ranges = earlier.map { index.entries[$0].range }
                    let instants = ([window.start] + ranges.map(\.start)).filter { $0 >= window.start && $0 < window.end }
                    let peak = instants.map { instant in ranges.filter { $0.start <= instant && instant < $0.end }.count }.max() ?? 0
                    return peak + 1 > capacity
                }
                #expect(
                    VenueRule.overfull(index, capacity: capacity, focus: focus, room: { rooms[$0] }) == expected, "capacity \(capacity)")
            }
        }
    }
}
