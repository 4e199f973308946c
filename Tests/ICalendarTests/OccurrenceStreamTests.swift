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

    /// A calendar of 700 series, for the merge's order at a size where a heap of series has many
    /// levels: singles that tie with each other and with recurring series,
    /// weekly, daily, hourly and all-day rules, `RDATE`s, `EXDATE`s, moved instances and
    /// `THISANDFUTURE` overrides, in zones with DST and without.
    static let large: String = {
        let zones = ["Europe/Berlin", "Asia/Jakarta", "America/New_York", "Australia/Sydney"]
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//tests//EN\r\n"
        func day(_ n: Int) -> String {
            let date = LocalDate(year: 2026, month: 1, day: 1)!.adding(days: n)!
            return String(format: "%04d%02d%02d", date.year, date.month, date.day)
        }
        for index in 0..<700 {
            let zone = zones[index % zones.count]
            let first = day(index * 37 % 330)
            let hour = String(format: "%02d", 8 + index % 4)
            var lines = ["UID:s\(index)", "DTSTART;TZID=\(zone):\(first)T\(hour)0000", "DURATION:PT45M"]
            switch index % 7 {
            case 1: lines.append("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=40")
            case 2:
                lines += [
                    "RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20261231T000000Z", "EXDATE;TZID=\(zone):\(day(index * 37 % 330 + 9))T\(hour)0000",
                ]
            case 3: lines = ["UID:s\(index)", "DTSTART;VALUE=DATE:\(first)", "RRULE:FREQ=MONTHLY;COUNT=12"]
            case 4: lines.append("RDATE;TZID=\(zone):\(day(index % 200))T090000,\(day(index % 200 + 50))T090000")
            case 5: lines.append("RRULE:FREQ=HOURLY;INTERVAL=7;COUNT=50")
            case 6: lines.append("RRULE:FREQ=DAILY;COUNT=30")
            default: break
            }
            text += "BEGIN:VEVENT\r\n" + lines.map { $0 + "\r\n" }.joined() + "SUMMARY:S\(index)\r\nEND:VEVENT\r\n"
            if index % 7 == 6 {
                let moved = day(index * 37 % 330 + 4)
                let future = day(index * 37 % 330 + 20)
                text += "BEGIN:VEVENT\r\nUID:s\(index)\r\nRECURRENCE-ID;TZID=\(zone):\(moved)T\(hour)0000\r\n"
                text += "DTSTART;TZID=\(zone):\(moved)T070000\r\nDURATION:PT15M\r\nSUMMARY:moved\r\nEND:VEVENT\r\n"
                text += "BEGIN:VEVENT\r\nUID:s\(index)\r\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=\(zone):\(future)T\(hour)0000\r\n"
                text += "DTSTART;TZID=\(zone):\(day(index * 37 % 330 + 17))T200000\r\nDURATION:PT1H\r\nSUMMARY:future\r\nEND:VEVENT\r\n"
            }
        }
        return text + "END:VCALENDAR\r\n"
    }()

    /// The large calendar's header and its events' texts by `UID`.
    static let largeEvents: (header: String, byUID: [String: [String]]) = {
        let blocks = large.replacingOccurrences(of: "END:VCALENDAR\r\n", with: "").components(separatedBy: "BEGIN:VEVENT\r\n")
        var byUID: [String: [String]] = [:]
        for block in blocks.dropFirst() {
            let uid = String(block.components(separatedBy: "\r\n")[0].dropFirst(4))
            byUID[uid, default: []].append("BEGIN:VEVENT\r\n" + block)
        }
        return (blocks[0], byUID)
    }()

    /// The large calendar's events of series `index` alone.
    static func largeSeries(_ index: Int) -> String {
        largeEvents.header + (largeEvents.byUID["s\(index)"] ?? []).joined() + "END:VCALENDAR\r\n"
    }

    /// Every occurrence of the large calendar's series, each expanded alone, put one after the
    /// other in file order and sorted stably by start: the reference order.
    static func largeReference(from: Instant?, to: Instant?) throws -> [EventOccurrence] {
        var reference: [EventOccurrence] = []
        for index in 0..<700 {
            let series = try events(largeSeries(index))
            if let from, let to {
                reference += try series.occurrences(from: from, to: to)
            } else {
                reference += try series.allOccurrences()
            }
        }
        return reference.indices.sorted {
            (reference[$0].start.instant.secondsSinceEpoch, $0) < (reference[$1].start.instant.secondsSinceEpoch, $1)
        }.map { reference[$0] }
    }

    static func identities(_ occurrences: [EventOccurrence]) -> [String] {
        occurrences.map {
            "\($0.start.iso8601) \($0.component.property("UID")?.textValue ?? "") \($0.recurrenceID.iso8601) \($0.end.iso8601)"
        }
    }

    @Test func largeCalendarStreamsInTheReferenceOrder() throws {
        let events = try Self.events(Self.large)
        #expect(events.series.count == 700)
        let windowed = try events.occurrences(from: Self.window.from, to: Self.window.to)
        let reference = try Self.largeReference(from: Self.window.from, to: Self.window.to)
        #expect(windowed.count > 3_000)
        #expect(Self.identities(windowed) == Self.identities(reference))
        // Without a window: every occurrence of every series (they all end).
        let everything = try events.allOccurrences()
        #expect(Self.identities(everything) == Self.identities(try Self.largeReference(from: nil, to: nil)))
    }

    /// A stream read by its starts alone (``OccurrenceStream/nextStart()``, what `parley expand
    /// --ics` prints) gives the starts of the reference's occurrences in the same order, and ends
    /// where they end.
    @Test func startsAloneAreTheReferenceStartsInOrder() throws {
        let stream = try Self.events(Self.large).occurrenceStream(from: Self.window.from, to: Self.window.to)
        var starts: [String] = []
        while let start = try stream.nextStart() { starts.append(start.iso8601) }
        let reference = try Self.largeReference(from: Self.window.from, to: Self.window.to)
        #expect(starts.count > 3_000)
        #expect(starts == reference.map(\.start.iso8601))
        #expect(try stream.nextStart() == nil)
    }

    /// The occurrences generated ahead while the series are set up are bounded (65,536 between
    /// the cores); past them series go on generating as the merge reads them. A minutely series
    /// of 80,000 at the head of the 700 crosses that bound, and the stream is still the stable
    /// sort by start of every series' occurrences: the minutely ones worked out by arithmetic
    /// (60 seconds apart from its start, lasting no time), the others each expanded alone.
    @Test func streamGoesOnPastTheOccurrencesGeneratedAhead() throws {
        let minutely = "BEGIN:VEVENT\r\nUID:m\r\nDTSTART:20260301T000000Z\r\nRRULE:FREQ=MINUTELY;COUNT=80000\r\nEND:VEVENT\r\n"
        let header = "PRODID:-//Parley//tests//EN\r\n"
        let events = try Self.events(Self.large.replacingOccurrences(of: header, with: header + minutely))
        let streamed = try events.occurrences(from: Self.window.from, to: Self.window.to)
        // 2026-03-01T00:00:00Z; the series is the file's first, so on equal starts it comes first.
        let first: Int64 = 1_772_323_200
        var reference = (0..<80_000).map { (start: first + 60 * Int64($0), order: -1, identity: "m \(first + 60 * Int64($0))") }
        for (index, occurrence) in try Self.largeReference(from: Self.window.from, to: Self.window.to).enumerated() {
            let start = occurrence.start.instant.secondsSinceEpoch
            reference.append((start, index, "\(occurrence.component.property("UID")?.textValue ?? "") \(start)"))
        }
        reference.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        #expect(streamed.count == reference.count)
        let identities = streamed.map { "\($0.component.property("UID")?.textValue ?? "") \($0.start.instant.secondsSinceEpoch)" }
        // The first place they part (a whole list of 80,000 would drown the report).
        let parting = zip(identities, reference.map(\.identity)).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(parting == nil)
        #expect(streamed.filter { $0.start.instant == $0.end.instant && $0.component.property("UID")?.textValue == "m" }.count == 80_000)
    }

    /// A series that cannot be expanded far enough (its budget of instances spent) stops the
    /// stream where its next occurrence would have come: what comes before it in the order is
    /// handed on, then the error is thrown. The series is the file's last, or its first (then
    /// series after it in the file, expanded on another thread or later, still come before it).
    @Test(arguments: [false, true]) func aSeriesThatCannotGoOnStopsTheStreamInOrder(first: Bool) throws {
        let series = "BEGIN:VEVENT\r\nUID:m\r\nDTSTART:20260401T000000Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n"
        let minutely =
            first
            ? Self.large.replacingOccurrences(of: "PRODID:-//Parley//tests//EN\r\n", with: "PRODID:-//Parley//tests//EN\r\n" + series)
            : Self.large.replacingOccurrences(of: "END:VCALENDAR\r\n", with: series + "END:VCALENDAR\r\n")
        var events = try Self.events(minutely)
        let reference = try events.occurrences(from: Self.window.from, to: Self.window.to)
        events.maximumInstancesPerWindow = 20_000
        let stream = try events.occurrenceStream(from: Self.window.from, to: Self.window.to)
        var handed: [EventOccurrence] = []
        let error = try #require(throws: RecurrenceError.self) {
            while let occurrence = try stream.next() { handed.append(occurrence) }
        }
        #expect(error.message.contains("more than 20000 instances"))
        #expect(handed.count > 19_999 && handed.count < reference.count)
        #expect(Self.identities(handed) == Self.identities(Array(reference.prefix(handed.count))))
        // Its 20,000th instance (read ahead, the 20,001st spends the budget) is where it stopped:
        // everything before that in the order was handed on, nothing after it.
        let stop = Instant(secondsSinceEpoch: 1_775_001_600 + 19_999 * 60)
        #expect(reference[handed.count].start.instant == stop)
        #expect(reference[handed.count].component.property("UID")?.textValue == "m")
    }
}
