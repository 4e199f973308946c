import CivilTime
import Testing

@testable import ICalendar

/// What real clients write that RFC 5545 frowns on, read as libical and python `icalendar` read
/// it, each with a located warning (issue 14's list). Expected starts are worked out by hand
/// from the files; the corpus (`CorpusTests`) has the same shapes as clients wrote them.
struct ReaderToleranceTests {
    /// The starts of every occurrence of `lines` (a calendar's content lines) and the
    /// diagnostics as `LINE: severity: message`.
    static func read(_ lines: [String]) throws -> (starts: [String], diagnostics: [String]) {
        let file = try CalendarFile.read(bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let starts = try file.occurrences(in: nil).map(\.start.iso8601)
        return (starts, file.diagnostics.map { "\($0.line): \($0.severity.rawValue): \($0.message)" })
    }

    static func event(_ properties: String...) -> [String] {
        ["BEGIN:VEVENT"] + properties + ["END:VEVENT"]
    }

    @Test func everyCalendarOfAStreamIsRead() throws {
        let lines =
            ["BEGIN:VCALENDAR"] + Self.event("UID:a", "DTSTART:20260301T090000Z") + ["END:VCALENDAR", "BEGIN:VCALENDAR"]
            + ["BEGIN:VCALENDAR"] + Self.event("UID:b", "DTSTART:20260302T090000Z") + ["END:VCALENDAR", "END:VCALENDAR"]
        let (starts, diagnostics) = try Self.read(lines)
        #expect(starts == ["2026-03-01T09:00:00+00:00", "2026-03-02T09:00:00+00:00"])
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.hasPrefix("7: warning: another VCALENDAR") == true)
        #expect(diagnostics.last?.hasPrefix("8: warning: a VCALENDAR inside a VCALENDAR") == true)
    }

    @Test func duplicateUIDsKeepTheHighestSequenceThenTheLatestStampThenTheLast() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:x", "SEQUENCE:2", "DTSTART:20260301T090000Z")
            + Self.event("UID:x", "SEQUENCE:1", "DTSTART:20260302T090000Z")
            + Self.event("UID:y", "DTSTAMP:20260105T000000Z", "DTSTART:20260401T090000Z")
            + Self.event("UID:y", "DTSTAMP:20260101T000000Z", "DTSTART:20260402T090000Z")
            + Self.event("UID:z", "DTSTART:20260501T090000Z")
            + Self.event("UID:z", "DTSTART:20260502T090000Z")
            + ["END:VCALENDAR"]
        let (starts, diagnostics) = try Self.read(lines)
        #expect(starts == ["2026-03-01T09:00:00+00:00", "2026-04-01T09:00:00+00:00", "2026-05-02T09:00:00+00:00"])
        #expect(diagnostics.map { $0.prefix(24) } == ["7: warning: UID 'x' agai", "17: warning: UID 'y' aga", "26: warning: UID 'z' aga"])
    }

    @Test func twoOverridesOfOneInstanceKeepTheHigherSequence() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:s", "DTSTART:20260301T090000Z", "RRULE:FREQ=DAILY;COUNT=2")
            + Self.event("UID:s", "RECURRENCE-ID:20260302T090000Z", "SEQUENCE:3", "DTSTART:20260302T150000Z")
            + Self.event("UID:s", "RECURRENCE-ID:20260302T090000Z", "SEQUENCE:1", "DTSTART:20260302T120000Z")
            + ["END:VCALENDAR"]
        let (starts, diagnostics) = try Self.read(lines)
        #expect(starts == ["2026-03-01T09:00:00+00:00", "2026-03-02T15:00:00+00:00"])
        #expect(diagnostics.count == 1 && diagnostics[0].hasPrefix("13: warning: UID 's' again, a second override"))
    }

    /// Exchange 2010 and Apple iCal: a date-time RECURRENCE-ID on an all-day series replaces
    /// the instance of its local date (here moved to the next day).
    @Test func dateTimeRecurrenceIDOnAnAllDaySeriesMatchesItsDate() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:d", "DTSTART;VALUE=DATE:20260225", "RRULE:FREQ=DAILY;COUNT=3")
            + Self.event("UID:d", "RECURRENCE-ID;TZID=Europe/Berlin:20260226T000000", "DTSTART;VALUE=DATE:20260228")
            + ["END:VCALENDAR"]
        let (starts, diagnostics) = try Self.read(lines)
        #expect(starts == ["2026-02-25", "2026-02-27", "2026-02-28"])
        #expect(diagnostics == ["9: warning: RECURRENCE-ID is a DATE-TIME on an all-day series; matched by its date 2026-02-26"])
    }

    @Test func overridesPrintAsWhatTheyAre() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:t", "DTSTART;TZID=Europe/Berlin:20260301T090000", "RRULE:FREQ=DAILY;COUNT=2")
            + Self.event("UID:t", "RECURRENCE-ID;TZID=Europe/Berlin:20260302T090000", "DTSTART;VALUE=DATE:20260302")
            + Self.event("UID:u", "DTSTART;VALUE=DATE:20260301", "RRULE:FREQ=DAILY;COUNT=2")
            + Self.event("UID:u", "RECURRENCE-ID;VALUE=DATE:20260302", "DTSTART;TZID=Europe/Berlin:20260302T100000")
            + ["END:VCALENDAR"]
        let (starts, _) = try Self.read(lines)
        #expect(starts == ["2026-03-01", "2026-03-01T09:00:00+01:00", "2026-03-02", "2026-03-02T10:00:00+01:00"])
    }

    @Test func emptyValuesMismatchedTypesAndBackwardEndsAreReadWithWarnings() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:e", "DTSTART;VALUE=DATE:20260301T090000", "RRULE:", "RDATE:", "DTEND;VALUE=DATE:20260228T090000")
            + Self.event("UID:f", "DTSTART;VALUE=DATE-TIME:20260310")
            + ["END:VCALENDAR"]
        let file = try CalendarFile.read(bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let occurrences = try file.occurrences(in: nil)
        #expect(occurrences.map(\.start.iso8601) == ["2026-03-01T09:00:00", "2026-03-10"])
        #expect(occurrences.first.map { $0.end.instant == $0.start.instant } == true)
        #expect(
            file.diagnostics.map(\.line) == [4, 5, 6, 7, 7, 11],
            "\(file.diagnostics)")
        #expect(file.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func zoneNamesOtherReadersResolve() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event("UID:g", "DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/Berlin:20260701T090000")
            + Self.event("UID:h", "DTSTART;TZID=/softwarestudio.org/Olson_20011030_5/Pacific/Auckland:20260701T090000")
            + Self.event("UID:i", "DTSTART;TZID=Pacific Standard Time:20260701T090000")
            + ["END:VCALENDAR"]
        let (starts, diagnostics) = try Self.read(lines)
        #expect(starts == ["2026-07-01T09:00:00+12:00", "2026-07-01T09:00:00+02:00", "2026-07-01T09:00:00-07:00"])
        #expect(diagnostics.count == 3 && diagnostics.allSatisfy { $0.contains("warning: TZID") })
    }

    /// An unknown TZID on EXDATE leaves the event out, as it does on DTSTART.
    @Test func unknownZoneOnExclusionIsAnErrorAsOnStart() throws {
        let lines =
            ["BEGIN:VCALENDAR"]
            + Self.event(
                "UID:j", "DTSTART;TZID=Europe/Berlin:20260701T090000", "RRULE:FREQ=DAILY;COUNT=2",
                "EXDATE;TZID=Mars/Olympus:20260702T090000")
            + ["END:VCALENDAR"]
        let file = try CalendarFile.read(bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        #expect(file.leftOut.map(\.line) == [6])
        #expect(file.leftOut.first?.message.contains("unknown TZID 'Mars/Olympus'") == true)
    }
}
