import CivilTime
import Testing

@testable import ParleyKit

@Suite struct ExpanderTests {
    static let head = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU

        """

    static func expand(_ body: String, from: String, through: String) throws -> Expansion {
        let loaded = Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": head + body]))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let window = DateWindow(from: try #require(ISO8601.date(from)), through: try #require(ISO8601.date(through)))
        return Expander.expand(loaded.plan, in: window)
    }

    @Test func impliesRoundsAfterTheLastRecordedOneWithAlternatingHosts() throws {
        let expansion = try Self.expand(
            "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  lasting 2 days\n  hosts alternate jakarta moscow\n  round 1 on 2024-01-31 at jakarta held\n  round 2 on 2025-02-04 at moscow held\n  round 3 on 2025-06-01 cancelled\n",
            from: "2025-01-01", through: "2027-12-31")
        let rows = expansion.occurrences.map {
            "\($0.number) \($0.firstDay)..\($0.lastDay) \($0.venueID ?? "-") \($0.status.rawValue) \($0.isImplied)"
        }
        #expect(
            rows == [
                "2 2025-02-04..2025-02-05 moscow held false",
                "4 2026-02-04..2026-02-05 jakarta proposed true",
                "5 2027-02-04..2027-02-05 moscow proposed true",
            ])
    }

    @Test func monthEndsClampAsCalendarMonthsDo() throws {
        let expansion = try Self.expand(
            "dialogue d \"D\"\n  partners ID RU\n  every 1 month\n  round 1 on 2024-01-31 held\n",
            from: "2024-01-01", through: "2024-04-30")
        // Each implied round is one month after the one before: Jan 31 → Feb 29 (leap) → Mar 29 → Apr 29.
        #expect(expansion.occurrences.map { "\($0.firstDay)" } == ["2024-01-31", "2024-02-29", "2024-03-29", "2024-04-29"])
    }

    @Test func pausesMoveTheRhythm() throws {
        let expansion = try Self.expand(
            "dialogue d \"D\"\n  partners ID RU\n  every 12 months\n  paused 2018-01-01..2026-06-30\n  round 1 on 2017-03-22 held\n",
            from: "2026-01-01", through: "2028-12-31")
        #expect(expansion.occurrences.map { "\($0.firstDay) \($0.isImplied)" } == ["2027-06-30 true", "2028-06-30 true"])
    }

    @Test func timedSessionsGiveInstantsInTheVenueZone() throws {
        let expansion = try Self.expand(
            "dialogue d \"D\"\n  partners ID RU\n  sessions 09:00..17:00\n  round 1 on 2026-03-10 at moscow planned\n  round 2 on 2026-09-10T14:30 at jakarta planned\n",
            from: "2026-01-01", through: "2026-12-31")
        // Moscow is UTC+3 all year, Jakarta UTC+7 (IANA tz data).
        #expect(expansion.occurrences.map { $0.start.map { "\($0)" } ?? "-" } == ["2026-03-10T06:00:00Z", "2026-09-10T07:30:00Z"])
        #expect(expansion.occurrences.map(\.timezone) == ["Europe/Moscow", "Asia/Jakarta"])
    }

    @Test func defaultWindowIsAYearBackAndThreeAhead() throws {
        let window = DateWindow.around(try #require(LocalDate(year: 2026, month: 2, day: 28)))
        #expect("\(window)" == "2025-02-28..2029-02-28")
    }
}
