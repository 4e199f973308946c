import CivilTime
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

    /// The most ranges open at once inside a window, against counting at every start (the
    /// only instants where the count can rise), over seeded random ranges.
    @Test func peakMatchesCountingAtEveryStart() {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int64) -> Int64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let ranges = (0..<Int(next(6) + 1)).map { _ in
                let start = next(100)
                return InstantRange(start: start, end: start + next(30) + 1)
            }
            let start = next(100)
            let window = InstantRange(start: start, end: start + next(40) + 1)
            let instants = ([window.start] + ranges.map(\.start)).filter { $0 >= window.start && $0 < window.end }
            let expected = instants.map { instant in ranges.filter { $0.start <= instant && instant < $0.end }.count }.max() ?? 0
            #expect(VenueRule.peak(ranges, within: window) == expected, "\(ranges) in \(window)")
        }
    }
}
