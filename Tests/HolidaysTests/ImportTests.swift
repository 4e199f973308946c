import CivilTime
import Foundation
import Holidays
import ICalendar
import Testing

/// Importing days off from `.ics`. Expected dates follow RFC 5545 by hand: §3.6.1 (an all-day
/// DTEND is exclusive), §3.8.5.3 (RRULE), §3.8.5.1 (EXDATE), §3.3.5 (TZID times).
@Suite struct ImportTests {
    static func fixture() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "leave", withExtension: "ics", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func day(_ text: String) throws -> LocalDate { try #require(ISO8601.date(text)) }

    @Test func expandsRulesExceptionsAndMultiDayEvents() throws {
        let leave = try ImportedDaysOff(ics: Self.fixture(), from: Self.day("2025-01-01"), through: Self.day("2026-12-31"))
        #expect(
            leave.days.map { "\($0.date) \($0.name)" } == [
                "2025-08-17 Hari Kemerdekaan",
                "2026-03-23 Ministry retreat, Bogor", "2026-03-24 Ministry retreat, Bogor", "2026-03-25 Ministry retreat, Bogor",
                "2026-04-10 Night shift", "2026-04-11 Night shift",
                "2026-06-01 Mondays off", "2026-06-08 Mondays off", "2026-06-15 Mondays off",
            ])
        #expect(leave.warnings.isEmpty)
    }

    @Test func mergesOverOrInsteadOfBuiltIns() throws {
        let id = try CountryCalendar("ID")
        let leave = try ImportedDaysOff(ics: Self.fixture(), from: Self.day("2026-01-01"), through: Self.day("2026-12-31"))
        let over = id.merging(leave, .over)
        // Imported names replace built-in ones on the same date; built-in days stay elsewhere.
        #expect(over.holidays(on: try Self.day("2026-03-23")).map(\.name) == ["Ministry retreat, Bogor"])
        #expect(over.isDayOff(try Self.day("2026-03-21")))  // Eid al-Fitr, built in
        #expect(over.isDayOff(try Self.day("2026-06-08")))  // imported Monday
        #expect(over.isDayOff(try Self.day("2026-08-17")))  // EXDATE in the feed, but built in
        let instead = id.merging(leave, .instead)
        #expect(!instead.isDayOff(try Self.day("2026-08-17")))
        #expect(!instead.isDayOff(try Self.day("2026-03-20")))
        #expect(instead.isDayOff(try Self.day("2026-03-22")))  // Sunday: weekend still applies
        #expect(try instead.daysOff(from: Self.day("2026-01-01"), through: Self.day("2026-12-31")).count == 8)
    }

    /// Our own feed read back gives the same days (writer → reader round trip).
    @Test(arguments: ["ID", "RU", "SG"])
    func roundTripsOwnFeed(_ code: String) throws {
        let calendar = try CountryCalendar(code)
        let start = try Self.day("2025-01-01")
        let end = try Self.day("2026-12-31")
        let bytes = try CalendarWriter.bytes(of: calendar.icsDocument(from: start, through: end))
        let imported = try ImportedDaysOff(ics: String(decoding: bytes, as: UTF8.self), from: start, through: end)
        let expected = calendar.daysOff(from: start, through: end)
        #expect(imported.days.map(\.date) == expected.map(\.date))
        #expect(imported.days.map(\.name) == expected.map(\.name))
    }

    @Test func malformedInputSaysWhere() throws {
        let start = try Self.day("2026-01-01")
        let end = try Self.day("2026-12-31")
        // Components left open are closed at the end (warnings); the event with a bad DTSTART
        // is left out with an error at its line.
        let truncated = try ImportedDaysOff(
            ics: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026XX01\r\n", from: start, through: end)
        #expect(truncated.days.isEmpty)
        #expect(truncated.warnings.filter { $0.severity == .error }.map(\.line) == [4])
        do {
            _ = try ImportedDaysOff(ics: "not a calendar\r\n", from: start, through: end)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("line 1: "))
        }
    }
}
