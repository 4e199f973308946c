import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// Exports shaped like Google Calendar, Outlook/Exchange (Windows zone names), Apple Calendar
/// and Thunderbird (written by hand from their documented and commonly seen shapes, in
/// `Fixtures/Feeds/`), read and expanded; expected times worked out from the published DST
/// rules of each zone (EU: last Sunday of March/October; Sydney: first Sunday of April/October;
/// US: second Sunday of March, first of November).
struct ReaderFeedTests {
    static func feed(_ name: String) throws -> CalendarReadResult {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "ics", subdirectory: "Fixtures/Feeds"))
        return try CalendarReader().read(bytes: Array(try Data(contentsOf: url)))
    }

    static func instant(_ text: String) throws -> Instant {
        let stamp = try #require(ISOStamp(parsing: text))
        return stamp.instant
    }

    static func expand(_ name: String, from: String, to: String) throws -> (CalendarEvents, [EventOccurrence]) {
        let result = try feed(name)
        let calendar = try #require(result.calendar)
        let events = CalendarEvents(calendar: calendar)
        #expect(!events.diagnostics.contains { $0.severity == .error }, "\(events.diagnostics)")
        return (events, try events.occurrences(from: try instant(from), to: try instant(to)))
    }

    @Test func googleExportWithOverrideExdateAllDayAndXWRTimezone() throws {
        let (events, occurrences) = try Self.expand("google", from: "2026-01-01T00:00:00+00:00", to: "2027-01-01T00:00:00+00:00")
        #expect(
            occurrences.map(\.start.iso8601) == [
                "2026-01-05T09:00:00+07:00", "2026-01-12T14:00:00+07:00", "2026-01-26T09:00:00+07:00",
                "2026-03-10T10:00:00+07:00", "2026-08-17",
            ])
        #expect(occurrences[1].component.property("SUMMARY")?.textValue == "Weekly desk sync (moved)")
        #expect(occurrences[0].end.iso8601 == "2026-01-05T10:00:00+07:00")
        #expect(occurrences[4].end.iso8601 == "2026-08-18")
        #expect(
            occurrences[0].component.property("DESCRIPTION")?.textValue == "Weekly sync, desk and embassy.\nAgenda in the shared folder.")
        #expect(events.diagnostics.contains { $0.message.contains("X-WR-TIMEZONE") && $0.severity == .warning })
    }

    @Test func outlookWindowsZoneNamesResolveFromTheFilesVTIMEZONE() throws {
        let (_, occurrences) = try Self.expand("outlook", from: "2026-03-01T00:00:00+00:00", to: "2026-05-01T00:00:00+00:00")
        #expect(
            occurrences.map(\.start.iso8601) == [
                "2026-03-18T10:00:00+01:00", "2026-03-25T10:00:00+01:00", "2026-04-01T10:00:00+02:00",
                "2026-04-01T15:00:00+03:00", "2026-04-08T10:00:00+02:00", "2026-04-15T10:00:00+02:00",
            ])
    }

    @Test func appleExportAcrossSydneyDSTEnd() throws {
        let (_, occurrences) = try Self.expand("apple", from: "2026-01-01T00:00:00+00:00", to: "2027-01-01T00:00:00+00:00")
        let expected =
            (31...31).map { "2026-03-\($0)T09:00:00+11:00" } + (1...4).map { "2026-04-0\($0)T09:00:00+11:00" }
            + (5...9).map { "2026-04-0\($0)T09:00:00+10:00" }
        #expect(occurrences.map(\.start.iso8601) == expected)
        #expect(occurrences.allSatisfy { $0.end.instant.secondsSinceEpoch - $0.start.instant.secondsSinceEpoch == 1_800 })
    }

    @Test func thunderbirdDurationsAndThisAndFuture() throws {
        let (_, occurrences) = try Self.expand("thunderbird", from: "2026-01-01T00:00:00+00:00", to: "2027-01-01T00:00:00+00:00")
        #expect(
            occurrences.map(\.start.iso8601) == [
                "2026-02-10T10:00:00-05:00", "2026-03-07T12:00:00-05:00", "2026-03-10T10:00:00-04:00", "2026-04-14T10:00:00-04:00",
                "2026-05-12T10:00:00-04:00", "2026-06-01T12:00:00-04:00", "2026-06-08T12:00:00-04:00", "2026-06-15T12:30:00-04:00",
                "2026-06-22T12:30:00-04:00", "2026-06-29T12:30:00-04:00",
            ])
        // DURATION:P1D is one calendar day: 23 hours across the spring-forward night (§3.3.6).
        let retreat = try #require(occurrences.first { $0.component.property("UID")?.value == "retreat-2026" })
        #expect(retreat.end.iso8601 == "2026-03-08T12:00:00-04:00")
        #expect(retreat.end.instant.secondsSinceEpoch - retreat.start.instant.secondsSinceEpoch == 23 * 3600)
        #expect(occurrences.last?.component.property("SUMMARY")?.textValue == "Working lunch (later)")
        #expect(occurrences.last?.end.iso8601 == "2026-06-29T13:30:00-04:00")
    }

    /// The zone read from Outlook's VTIMEZONE agrees with the IANA zone it stands for
    /// (Europe/Berlin) at every hour of 2026.
    @Test func outlookZoneMatchesIANA() throws {
        let result = try Self.feed("outlook")
        let calendar = try #require(result.calendar)
        let definition = try #require(calendar.components(named: "VTIMEZONE").first)
        let fromFile = try TimeZoneDefinition.rules(from: definition)
        let berlin = try ZoneRules.named("Europe/Berlin")
        let start = try Self.instant("2026-01-01T00:00:00+00:00")
        for hour in 0..<(365 * 24) {
            let moment = start.adding(seconds: Int64(hour) * 3600)
            #expect(fromFile.offset(at: moment) == berlin.offset(at: moment))
        }
    }
}
