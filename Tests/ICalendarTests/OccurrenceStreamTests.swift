import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// The merged stream of a calendar's occurrences against a slow, obviously correct reference:
/// every series expanded on its own (a calendar of just its `UID`), the lists put one after the
/// other in file order and sorted stably by start. That is the documented order ("by start, then
/// by appearance in the file"), which the stream must give without collecting.
struct OccurrenceStreamTests {
    /// Ties across series (A and B start together), an override moved before its neighbours (A),
    /// a THISANDFUTURE override that moves later instances before earlier ones (B), a single
    /// event, an all-day series and a sub-hourly rule across a DST gap (E, whose wall-clock
    /// order is not its time order).
    static let calendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Parley//tests//EN
        BEGIN:VEVENT
        UID:a
        DTSTART;TZID=Europe/Berlin:20260302T090000
        DTEND;TZID=Europe/Berlin:20260302T100000
        RRULE:FREQ=DAILY;COUNT=10
        SUMMARY:A
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART;TZID=Europe/Berlin:20260302T090000
        DURATION:PT30M
        RRULE:FREQ=DAILY;COUNT=6
        SUMMARY:B
        END:VEVENT
        BEGIN:VEVENT
        UID:a
        RECURRENCE-ID;TZID=Europe/Berlin:20260305T090000
        DTSTART;TZID=Europe/Berlin:20260302T080000
        DTEND;TZID=Europe/Berlin:20260302T083000
        SUMMARY:A moved early
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260304T090000
        DTSTART;TZID=Europe/Berlin:20260301T070000
        DURATION:PT30M
        SUMMARY:B from the 4th, three days earlier
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART:20260303T080000Z
        SUMMARY:C
        END:VEVENT
        BEGIN:VEVENT
        UID:d
        DTSTART;VALUE=DATE:20260303
        RRULE:FREQ=DAILY;COUNT=3
        SUMMARY:D
        END:VEVENT
        BEGIN:VEVENT
        UID:e
        DTSTART;TZID=Europe/London:20260329T001500
        RRULE:FREQ=MINUTELY;INTERVAL=45;COUNT=6
        SUMMARY:E
        END:VEVENT
        END:VCALENDAR

        """.replacingOccurrences(of: "\n", with: "\r\n")

    static let window = (from: Instant(secondsSinceEpoch: 1_769_904_000), to: Instant(secondsSinceEpoch: 1_777_593_600))

    static func events(_ text: String) throws -> CalendarEvents {
        let calendar = try #require(try CalendarReader().read(text).calendar)
        return CalendarEvents(calendar: calendar)
    }

    /// The calendar with only the events of `uid`.
    static func only(_ uid: String) -> String {
        let blocks = calendar.components(separatedBy: "BEGIN:VEVENT\r\n")
        let kept = blocks.dropFirst().filter { $0.hasPrefix("UID:\(uid)\r\n") }.map { "BEGIN:VEVENT\r\n" + $0 }
        let events = kept.map { $0.replacingOccurrences(of: "END:VCALENDAR\r\n", with: "") }
        return blocks[0] + events.joined() + "END:VCALENDAR\r\n"
    }

    @Test func mergedStreamIsTheStableSortOfEachSeries() throws {
        let whole = try Self.events(Self.calendar).occurrences(from: Self.window.from, to: Self.window.to)
        var reference: [EventOccurrence] = []
        for uid in ["a", "b", "c", "d", "e"] {
            reference += try Self.events(Self.only(uid)).occurrences(from: Self.window.from, to: Self.window.to)
        }
        let sorted = reference.indices.sorted {
            (reference[$0].start.instant.secondsSinceEpoch, $0) < (reference[$1].start.instant.secondsSinceEpoch, $1)
        }.map { reference[$0] }
        #expect(whole.count == 10 + 6 + 1 + 3 + 6)
        #expect(whole.map(\.start) == sorted.map(\.start))
        #expect(whole.map { $0.component.property("SUMMARY")?.textValue } == sorted.map { $0.component.property("SUMMARY")?.textValue })
    }

    /// Within one series the order is by start even where the instances' order is not: B's
    /// THISANDFUTURE override moves its 4th instance and every later one three days and two
    /// hours earlier, the 4th to the 1st, before the series' own start (RFC 5545 §3.8.4.4).
    @Test func seriesMovedByThisAndFutureComesInOrderOfStart() throws {
        let b = try Self.events(Self.only("b")).occurrences(from: Self.window.from, to: Self.window.to)
        #expect(
            b.map(\.start.iso8601) == [
                "2026-03-01T07:00:00+01:00", "2026-03-02T07:00:00+01:00", "2026-03-02T09:00:00+01:00", "2026-03-03T07:00:00+01:00",
                "2026-03-03T09:00:00+01:00", "2026-03-04T07:00:00+01:00",
            ])
    }

    /// Series that start after the window are passed over without walking them, but not one
    /// whose `RDATE` falls inside it (F), nor an event that starts before the window's end and
    /// runs past it (I); one of no length starting at the end (G) and a rule starting after it
    /// (H) have none (RFC 5545 §3.8.5.2: RDATE adds instances before DTSTART's too).
    @Test func seriesStartingAfterTheWindowHaveOnlyTheirEarlierDates() throws {
        let text = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Parley//tests//EN
            BEGIN:VEVENT
            UID:f
            DTSTART:20260610T100000Z
            RRULE:FREQ=WEEKLY;COUNT=5
            RDATE:20260310T100000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:g
            DTSTART:20260501T000000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:h
            DTSTART;TZID=Asia/Jakarta:20260502T080000
            RRULE:FREQ=WEEKLY
            END:VEVENT
            BEGIN:VEVENT
            UID:i
            DTSTART:20260430T230000Z
            DTEND:20260501T010000Z
            END:VEVENT
            END:VCALENDAR

            """.replacingOccurrences(of: "\n", with: "\r\n")
        let file = try CalendarFile.read(bytes: Array(text.utf8))
        let occurrences = try file.occurrences(in: Self.window.from..<Self.window.to)
        #expect(occurrences.map(\.start.iso8601) == ["2026-03-10T10:00:00+00:00", "2026-04-30T23:00:00+00:00"])
        #expect(occurrences.map { $0.component.property("UID")?.textValue } == ["f", "i"])
    }

    /// The stream hands on exactly what ``CalendarEvents/occurrences(from:to:limit:)`` returns,
    /// and stops with an error past its limit.
    @Test func streamStopsPastItsLimit() throws {
        let events = try Self.events(Self.calendar)
        let stream = try events.occurrenceStream(from: Self.window.from, to: Self.window.to, limit: 5)
        var seen = 0
        let error = try #require(throws: RecurrenceError.self) {
            while try stream.next() != nil { seen += 1 }
        }
        #expect(seen == 5)
        #expect(error.message.contains("more than 5 occurrences"))
    }
}
