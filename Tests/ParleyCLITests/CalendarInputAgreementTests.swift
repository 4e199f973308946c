import CivilTime
import Foundation
import ICalendar
import ParleyKit
import Synchronization
import Testing

@testable import ParleyCLI

/// The four readers of calendar input — `expand --ics`, `holidays --import`, a plan's
/// `holidays from` and `busy from` — read the same file as the same events and the same days
/// off. The truth is from outside Parley: a calendar written by python `icalendar` (with its
/// generated VTIMEZONEs) and expanded by `recurring-ical-events`, the days off worked out in
/// python from those occurrences (Tests/Fixtures/calendar-input, made by
/// Tests/Fixtures/generate_calendar_input_fixture.py). It holds a weekly series across the US
/// spring-forward night with an EXDATE and a moved instance, a Jakarta event from 22:00 to
/// 02:00 (two days off), a Moscow one ending at midnight (one), a three-day all-day event, and
/// yearly and monthly all-day series.
@Suite struct CalendarInputAgreementTests {
    /// What the python libraries found, from `expected.json`.
    struct Expected: Decodable {
        struct Occurrence: Decodable {
            let start: String
            let end: String
            let length: Int64
            let summary: String
        }

        let window: [String]
        let occurrences: [Occurrence]
        let daysOff: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/calendar-input").path
    static let feed = folder + "/feed.ics"

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json")))
    }

    /// A plan whose country takes its holidays from the feed and whose two people are busy by it.
    static func files() throws -> [String: String] {
        let plan = """
            country XX "Testland"
              timezone Asia/Jakarta
              holidays from "feed.ics"
            person xx-deputy "Deputy" of XX
              busy from "feed.ics"
            person xx-director "Director" of XX
              busy from "feed.ics"

            """
        return ["plans/p.parley": plan, "plans/feed.ics": try String(contentsOfFile: feed, encoding: .utf8)]
    }

    static let year = DateWindow(
        from: LocalDate(year: 2026, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2026, month: 12, day: 31) ?? .minimum
    )

    @Test func expandIcsPrintsTheOccurrencesPythonFinds() throws {
        let expected = try Self.expected()
        let run = ParleyRun(["expand", "--ics", Self.feed, "--between", expected.window[0], expected.window[1]])
        #expect(run.code == .success)
        #expect(run.standardError.isEmpty)
        #expect(run.standardOutput.split(separator: "\n").map(String.init) == expected.occurrences.map(\.start))
    }

    @Test func calendarFileEndsAndDatesMatchPython() throws {
        let expected = try Self.expected()
        let file = try CalendarFile.read(path: Self.feed)
        #expect(file.diagnostics.allSatisfy { $0.severity == .warning }, "\(file.diagnostics)")
        #expect(expected.window == ["2026-01-01T00:00:00+00:00", "2027-01-01T00:00:00+00:00"])
        let window = Instant(secondsSinceEpoch: 1_767_225_600)..<Instant(secondsSinceEpoch: 1_798_761_600)
        let occurrences = try file.occurrences(in: window)
        #expect(occurrences.map(\.end.iso8601) == expected.occurrences.map(\.end))
        #expect(occurrences.map { $0.component.property("SUMMARY")?.textValue ?? "" } == expected.occurrences.map(\.summary))
        let days = occurrences.flatMap { occurrence in
            occurrence.dates.map { "\($0) \(occurrence.component.property("SUMMARY")?.textValue ?? "")" }
        }
        #expect(days.sorted() == expected.daysOff)
    }

    @Test func holidaysImportGivesThePythonDaysOff() throws {
        let expected = try Self.expected()
        let run = ParleyRun(["holidays", "ID", "2026", "--import", Self.feed, "--import-mode", "instead", "--format", "json"])
        #expect(run.code == .success)
        let entries = try JSONDecoder().decode([HolidaysCommandTests.Entry].self, from: Data(run.standardOutput.utf8))
        #expect(entries.map { "\($0.date) \($0.name)" }.sorted() == expected.daysOff)
        // The night shift (22:00–02:00 in Jakarta) is off on both dates; the reception ending
        // at midnight only on its own; the three-day retreat on three.
        #expect(expected.daysOff.filter { $0.hasSuffix("Night shift") } == ["2026-04-10 Night shift", "2026-04-11 Night shift"])
        #expect(expected.daysOff.filter { $0.hasSuffix("reception") } == ["2026-05-08 Victory Day eve reception"])
        #expect(expected.daysOff.filter { $0.hasSuffix("retreat") }.count == 3)
    }

    @Test func aPlansHolidayFeedGivesThePythonDaysOff() throws {
        let expected = try Self.expected()
        let reader = MemoryPlanReader(try Self.files())
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        let book = CalendarBook(plan: loaded.plan, reader: reader, window: Self.year)
        #expect(book.problems.isEmpty, "\(book.problems.map(\.message))")
        let days = try #require(book.feeds["XX"]).flatMap { day, names in
            names.map { "\(LocalDate(daysSinceEpoch: Int(day)).map(\.description) ?? "?") \($0)" }
        }
        #expect(days.sorted() == expected.daysOff)
    }

    @Test func busyCalendarsHoldThePythonOccurrences() throws {
        let expected = try Self.expected()
        let reader = MemoryPlanReader(try Self.files())
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        let busy = BusyCalendars(plan: loaded.plan, reader: reader, window: Self.year)
        #expect(busy.problems.isEmpty, "\(busy.problems.map(\.message))")
        for person in ["xx-deputy", "xx-director"] {
            let events = try #require(busy.events[person])
            #expect(events.map(\.start.iso8601) == expected.occurrences.map(\.start))
            #expect(events.map(\.summary) == expected.occurrences.map(\.summary))
            // All-day events last whole days on the person's clock (Jakarta, no DST).
            #expect(events.map { $0.range.end - $0.range.start } == expected.occurrences.map(\.length))
        }
    }

    /// Counts the reads of each path.
    final class CountingReader: PlanReader {
        let files: MemoryPlanReader
        let reads = Mutex<[String: Int]>([:])

        init(_ files: [String: String]) {
            self.files = MemoryPlanReader(files)
        }

        func read(_ path: String) -> Result<String, PlanReadError> {
            reads.withLock { $0[path, default: 0] += 1 }
            return files.read(path)
        }

        func planFiles(at path: String) -> [String]? { files.planFiles(at: path) }
    }

    /// Two people's busy calendar and the country's holiday feed are one file: a check reads
    /// and expands it once.
    @Test func aCheckReadsASharedCalendarFileOnce() throws {
        let reader = CountingReader(try Self.files())
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        let today = LocalDate(year: 2026, month: 1, day: 1) ?? .minimum
        let result = Checker.check(loaded, options: CheckOptions(today: today, reader: reader))
        #expect(!result.findings.contains { $0.code == .input }, "\(result.findings.map(\.message))")
        #expect(reader.reads.withLock { $0["plans/feed.ics"] } == 1)
    }

    /// An event that cannot be expanded is left out with its file and line, by every consumer.
    @Test func anEventLeftOutIsReportedAtItsLine() throws {
        let text =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260817\r\n"
            + "SUMMARY:Kept\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-left-out-\(getpid()).ics").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let imported = ParleyRun(["holidays", "ID", "2026", "--import", path, "--import-mode", "instead", "--format", "json"])
        #expect(imported.code == .success)
        #expect(imported.standardError == "\(path):8: warning: event left out: VEVENT has no DTSTART\n")
        let entries = try JSONDecoder().decode([HolidaysCommandTests.Entry].self, from: Data(imported.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2026-08-17"])
        let expanded = ParleyRun(["expand", "--ics", path])
        #expect(expanded.code == .invalidInput)
        #expect(expanded.standardError == "\(path):8: error: VEVENT has no DTSTART\n")
        let files = ["plans/p.parley": try Self.files()["plans/p.parley"] ?? "", "plans/feed.ics": text]
        let reader = MemoryPlanReader(files)
        let loaded = Resolver.load(["plans/p.parley"], reader: reader)
        let today = LocalDate(year: 2026, month: 1, day: 1) ?? .minimum
        let result = Checker.check(loaded, options: CheckOptions(today: today, reader: reader))
        let leftOut = result.findings.filter { $0.code == .input }
        #expect(
            leftOut.map(\.message) == [
                "XX's holidays: event left out: VEVENT has no DTSTART",
                "xx-deputy's busy calendar: event left out: VEVENT has no DTSTART",
                "xx-director's busy calendar: event left out: VEVENT has no DTSTART",
            ])
        #expect(leftOut.allSatisfy { $0.location.file == "plans/feed.ics" && $0.location.line == 8 && $0.severity == .warning })
    }
}
