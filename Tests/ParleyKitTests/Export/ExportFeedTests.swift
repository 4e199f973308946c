import CivilTime
import Foundation
import ICalendar
import TestSupport
import Testing

@testable import ParleyKit

/// `FeedExporter` against RFC 5545/5546 facts worked out by hand from the RFC text and the
/// zones' published rules (Jakarta +07:00 all year; Moscow +03:00 all year since 2014).
@Suite struct ExportFeedTests {
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU
        person id-desk "Bilateral Desk, Directorate of European Affairs" of ID
          email "desk@example.go.id"
        person id-deputy "Deputy Minister; Polhukam" of ID
          email "deputy@example.go.id"
        person ru-deputy "Заместитель секретаря Совета Безопасности" of RU

        dialogue id-ru-iis "Indonesia–Russia consultations"
          partners ID RU
          basis "MoU, Moscow, 2015-06-22"
          every 12 months
          lasting 2 days
          sessions 09:00..17:00
          hosts alternate jakarta moscow
          delegates id-deputy ru-deputy
          organizer id-desk
          remind 1 day before
          remind 90 minutes before
          milestone "delegation list due" 30 days before
          milestone "report to the minister" 1 month after
          round 1 on 2024-03-19 at jakarta held "Hotel Sari Pan Pacific"
          round 2 on 2025-03-25 at moscow held
            moved from 2025-03-11
          round 3 on 2026-03-10T10:00 at jakarta planned
          round 4 on 2027-03-09 at moscow proposed
          round 5 on 2028-03-07 at jakarta cancelled

        exchange id-ru-cert "CERT workshop"
          partners ID RU
          lasting 3 days
          delegates id-deputy
          round 1 on 2026-09-14 at moscow planned
          round 2 on 2026-10-06 virtual postponed

        """

    static func feeds(_ text: String = plan, by grouping: FeedGrouping = .series) throws -> [String: [UInt8]] {
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": text]))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let set = FeedExporter.feeds(of: loaded.plan, by: grouping)
        #expect(set.findings.isEmpty, "\(set.findings.map(\.message))")
        return Dictionary(uniqueKeysWithValues: set.feeds.map { ($0.fileName, $0.bytes) })
    }

    static func event(_ uid: String, in bytes: [UInt8]?) throws -> [String] {
        let feed = try #require(bytes)
        return try #require(ContentLines(feed).events[uid], "no event \(uid)")
    }

    /// Every feed of every grouping is CRLF lines of at most 75 octets (RFC 5545 §3.1) in one
    /// VCALENDAR, and `all.ics` is exactly the union of the other feeds, each event the same
    /// in both. The feeds are also kept for CI's interoperability check.
    @Test func everyFeedIsWellFormedAndAllIsTheirUnion() throws {
        InteropOutput.keep(Array(Self.plan.utf8), as: "plans/export-feed-tests.parley")
        let compared = ["DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS", "LOCATION"]
        for grouping in FeedGrouping.allCases {
            let feeds = try Self.feeds(by: grouping)
            var union: [String: [String]] = [:]
            for (name, bytes) in feeds {
                InteropOutput.keep(bytes, as: "ParleyKitTests-Export-\(grouping.rawValue)-\(name)")
                let physical = try #require(ContentLines.physicalLines(bytes), "\(name) has a line not ending in CRLF")
                #expect(physical.allSatisfy { $0.count <= 75 }, "\(grouping.rawValue)/\(name) has a line over 75 octets")
                let lines = ContentLines(bytes).lines
                #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR", "\(grouping.rawValue)/\(name)")
                #expect(lines.filter { $0 == "BEGIN:VCALENDAR" }.count == 1, "\(grouping.rawValue)/\(name)")
                guard name != "all.ics" else { continue }
                for (uid, event) in ContentLines(bytes).events { union[uid] = event }
            }
            let all = ContentLines(try #require(feeds["all.ics"])).events
            #expect(Set(all.keys) == Set(union.keys), "\(grouping.rawValue): all.ics is not the union of the other feeds")
            for (uid, event) in all {
                guard let other = union[uid] else { continue }
                for name in compared {
                    #expect(
                        ContentLines.value(name, in: event) == ContentLines.value(name, in: other), "\(grouping.rawValue) \(uid) \(name)")
                }
            }
        }
    }

    @Test func splitsBySeriesCountryAndPersonWithAllAlways() throws {
        #expect(try Self.feeds(by: .series).keys.sorted() == ["all.ics", "id-ru-cert.ics", "id-ru-iis.ics"])
        #expect(try Self.feeds(by: .country).keys.sorted() == ["all.ics", "country-ID.ics", "country-RU.ics"])
        // ru-deputy attends only id-ru-iis; the desk organises it; id-deputy attends both.
        let people = try Self.feeds(by: .person)
        #expect(people.keys.sorted() == ["all.ics", "person-id-deputy.ics", "person-id-desk.ics", "person-ru-deputy.ics"])
        #expect(ContentLines(try #require(people["person-ru-deputy.ics"])).events.count == 15)
        #expect(ContentLines(try #require(people["person-id-deputy.ics"])).events.count == 17)
        #expect(ContentLines(try #require(people["all.ics"])).events.count == 17)
    }

    /// Timed rounds: TZID of the venue, the first session from the session start (or the round's
    /// own time) to the session end, repeated daily for the round's days; DTSTAMP the last day of
    /// the latest held round at 00:00 UTC (round 2 of id-ru-iis, 2025-03-25..2025-03-26).
    @Test func timedRoundsUseTheVenueZone() throws {
        let feeds = try Self.feeds()
        let first = try Self.event("id-ru-iis-round-1@parley", in: feeds["id-ru-iis.ics"])
        #expect(first.contains("DTSTART;TZID=Asia/Jakarta:20240319T090000"))
        #expect(first.contains("DTEND;TZID=Asia/Jakarta:20240319T170000"))
        #expect(first.contains("RRULE:FREQ=DAILY;COUNT=2"))
        #expect(first.contains("DTSTAMP:20250326T000000Z"))
        #expect(first.contains("SEQUENCE:0"))
        #expect(first.contains("LOCATION:Jakarta\\, Indonesia"))
        let third = try Self.event("id-ru-iis-round-3@parley", in: feeds["id-ru-iis.ics"])
        #expect(third.contains("DTSTART;TZID=Asia/Jakarta:20260310T100000"))
        #expect(third.contains("DTEND;TZID=Asia/Jakarta:20260310T170000"))
        #expect(third.contains("RRULE:FREQ=DAILY;COUNT=2"))
        let calendar = ContentLines(try #require(feeds["id-ru-iis.ics"])).lines
        #expect(calendar.contains("TZID:Asia/Jakarta") && calendar.contains("TZID:Europe/Moscow"))
    }

    /// All-day rounds: VALUE=DATE and an exclusive DTEND, the day after the last day (RFC 5545 §3.6.1).
    @Test func allDayRoundsEndTheDayAfter() throws {
        let event = try Self.event("id-ru-cert-round-1@parley", in: try Self.feeds()["id-ru-cert.ics"])
        #expect(event.contains("DTSTART;VALUE=DATE:20260914"))
        #expect(event.contains("DTEND;VALUE=DATE:20260917"))
        #expect(event.contains("CATEGORIES:Exchange,Indonesia,Russia"))
    }

    struct StatusCase: Sendable, CustomTestStringConvertible {
        let uid: String
        let status: String
        var testDescription: String { "\(uid) → \(status)" }
    }

    @Test(arguments: [
        StatusCase(uid: "id-ru-iis-round-1@parley", status: "CONFIRMED"),  // held
        StatusCase(uid: "id-ru-iis-round-3@parley", status: "CONFIRMED"),  // planned
        StatusCase(uid: "id-ru-iis-round-4@parley", status: "TENTATIVE"),  // proposed
        StatusCase(uid: "id-ru-iis-round-5@parley", status: "CANCELLED"),  // cancelled
        StatusCase(uid: "id-ru-cert-round-2@parley", status: "CANCELLED"),  // postponed
    ])
    func statusFollowsTheRound(_ example: StatusCase) throws {
        let event = try Self.event(example.uid, in: try Self.feeds()["all.ics"])
        #expect(event.contains("STATUS:" + example.status))
    }

    @Test func sequenceCountsTheMoves() throws {
        let event = try Self.event("id-ru-iis-round-2@parley", in: try Self.feeds()["id-ru-iis.ics"])
        #expect(event.contains("SEQUENCE:1"))
        #expect(event.contains("DTSTART;TZID=Europe/Moscow:20250325T090000"))
    }

    /// RFC 5546 §3.2.1: PUBLISH needs ORGANIZER and forbids ATTENDEE. A feed whose every event
    /// has an organizer is PUBLISH without attendees; any other feed has no METHOD and lists
    /// delegates with emails as attendees.
    @Test func methodOrganizerAndAttendees() throws {
        let feeds = try Self.feeds()
        let iis = ContentLines(try #require(feeds["id-ru-iis.ics"])).lines
        #expect(iis.contains("METHOD:PUBLISH"))
        #expect(!iis.contains { $0.hasPrefix("ATTENDEE") })
        #expect(iis.contains("ORGANIZER;CN=\"Bilateral Desk, Directorate of European Affairs\":mailto:desk@example.go.id"))
        let cert = ContentLines(try #require(feeds["id-ru-cert.ics"])).lines
        #expect(!cert.contains { $0.hasPrefix("METHOD") || $0.hasPrefix("ORGANIZER") })
        #expect(cert.contains("ATTENDEE;CN=\"Deputy Minister; Polhukam\";ROLE=REQ-PARTICIPANT:mailto:deputy@example.go.id"))
        let all = ContentLines(try #require(feeds["all.ics"])).lines
        #expect(!all.contains { $0.hasPrefix("METHOD") })
    }

    @Test func remindersBecomeDisplayAlarms() throws {
        let event = try Self.event("id-ru-iis-round-1@parley", in: try Self.feeds()["id-ru-iis.ics"])
        #expect(event.filter { $0 == "BEGIN:VALARM" }.count == 2)
        #expect(event.contains("TRIGGER:-P1D"))
        #expect(event.contains("TRIGGER:-PT1H30M"))
        #expect(event.contains("ACTION:DISPLAY"))
    }

    /// 30 days before 2024-03-19 is 2024-02-18 (February 2024 has 29 days); one month after
    /// the last day, 2024-03-20, is 2024-04-20.
    @Test func milestonesAreAllDayEventsOfTheirOwn() throws {
        let feed = try Self.feeds()["id-ru-iis.ics"]
        let due = try Self.event("id-ru-iis-round-1-milestone-1@parley", in: feed)
        #expect(due.contains("DTSTART;VALUE=DATE:20240218"))
        #expect(due.contains("DTEND;VALUE=DATE:20240219"))
        #expect(due.contains("TRANSP:TRANSPARENT"))
        #expect(
            ContentLines.value("SUMMARY", in: due).map(ContentLines.unescapeText)
                == "delegation list due: Indonesia–Russia consultations, round 1")
        let report = try Self.event("id-ru-iis-round-1-milestone-2@parley", in: feed)
        #expect(report.contains("DTSTART;VALUE=DATE:20240420"))
        let moved = try Self.event("id-ru-iis-round-2-milestone-1@parley", in: feed)
        #expect(moved.contains("SEQUENCE:1"))
    }

    @Test func descriptionNamesSeriesBasisHostAndDelegates() throws {
        let event = try Self.event("id-ru-iis-round-1@parley", in: try Self.feeds()["id-ru-iis.ics"])
        let description = try #require(ContentLines.value("DESCRIPTION", in: event).map(ContentLines.unescapeText))
        #expect(
            description == """
                Series: Indonesia–Russia consultations (id-ru-iis)
                Kind: dialogue
                Basis: MoU, Moscow, 2015-06-22
                Round: 1
                Host: Jakarta, Indonesia
                Delegates: Deputy Minister; Polhukam (Indonesia) <deputy@example.go.id>; Заместитель секретаря Совета Безопасности (Russia)
                Status: held
                Note: Hotel Sari Pan Pacific
                """)
    }

    /// Feeds are assembled from events serialised once; the bytes must be exactly what the
    /// ICalendar writer gives for the whole document (header, VTIMEZONEs, events, END).
    @Test func assembledFeedsEqualTheWholeDocument() throws {
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": Self.plan]))
        var findings: [Finding] = []
        let rounds = FeedExporter.roundEvents(of: loaded.plan, findings: &findings)
        let feeds = try Self.feeds()
        for (name, indices) in [
            ("all.ics", Array(rounds.indices)), ("id-ru-iis.ics", rounds.indices.filter { rounds[$0].seriesID == "id-ru-iis" }),
        ] {
            var events = indices.flatMap { rounds[$0].events }
            let publish = events.allSatisfy { $0.organizer != nil }
            if publish {
                events = events.map {
                    var event = $0
                    event.attendees = []
                    return event
                }
            }
            var document = CalendarDocument(
                productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
                otherProperties: [
                    .text("X-WR-CALNAME", name == "all.ics" ? "Parley: all rounds" : "Indonesia–Russia consultations"),
                    CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H"),
                ],
                events: events)
            try document.addTimeZones()
            #expect(try CalendarWriter.bytes(of: document) == feeds[name], "\(name)")
        }
    }

    /// New session hours are a change a client must show: with the earlier all.ics as history,
    /// every timed round gets SEQUENCE + 1 and the plan's DTSTAMP; the all-day rounds of the other
    /// series, unchanged, keep theirs (RFC 5545 §3.8.7.4; see FeedHistory).
    @Test func newSessionHoursRaiseTheSequenceOfTimedRoundsOnly() throws {
        let earlier = try #require(try Self.feeds()["all.ics"])
        let changed = Self.plan.replacingOccurrences(of: "sessions 09:00..17:00", with: "sessions 09:00..16:00")
        let loaded = Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": changed]))
        let set = FeedExporter.feeds(of: loaded.plan, by: .series, history: FeedHistory(feeds: [earlier]))
        let after = try #require(set.feeds.first { $0.fileName == "all.ics" }).bytes
        func stamps(_ uid: String, _ bytes: [UInt8]) throws -> [String] {
            try Self.event(uid, in: bytes).filter { $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("DTSTAMP:") }
        }
        // Round 2 was moved once: SEQUENCE 1 before, 2 after; round 3 0 → 1.
        #expect(try stamps("id-ru-iis-round-2@parley", earlier) == ["DTSTAMP:20250326T000000Z", "SEQUENCE:1"])
        #expect(try stamps("id-ru-iis-round-2@parley", after) == ["DTSTAMP:20250326T000000Z", "SEQUENCE:2"])
        #expect(try stamps("id-ru-iis-round-3@parley", after) == ["DTSTAMP:20250326T000000Z", "SEQUENCE:1"])
        #expect(try Self.event("id-ru-iis-round-3@parley", in: after).contains("DTEND;TZID=Asia/Jakarta:20260310T160000"))
        // Milestones are all-day and did not change; nor did the CERT workshop's rounds.
        #expect(try stamps("id-ru-iis-round-3-milestone-1@parley", after) == (try stamps("id-ru-iis-round-3-milestone-1@parley", earlier)))
        #expect(try stamps("id-ru-cert-round-1@parley", after) == ["DTSTAMP:20250326T000000Z", "SEQUENCE:0"])
        // Read back as history of itself, the new feed is unchanged: the same plan and folder give the same bytes.
        let again = FeedExporter.feeds(of: loaded.plan, by: .series, history: FeedHistory(feeds: [after]))
        #expect(try #require(again.feeds.first { $0.fileName == "all.ics" }).bytes == after)
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        for grouping in FeedGrouping.allCases {
            #expect(try Self.feeds(by: grouping) == (try Self.feeds(by: grouping)))
        }
    }

    /// Moving round 3 (with its `moved from` record) changes only that round's and its
    /// milestones' DTSTART, DTEND and SEQUENCE (DTSTAMP comes from the latest held round, which
    /// did not change); every other line of every feed stays.
    @Test(arguments: FeedGrouping.allCases)
    func movingOneRoundChangesOnlyItsDates(_ grouping: FeedGrouping) throws {
        let moved = Self.plan.replacingOccurrences(
            of: "  round 3 on 2026-03-10T10:00 at jakarta planned\n",
            with: "  round 3 on 2026-04-14T10:00 at jakarta planned\n    moved from 2026-03-10\n")
        #expect(moved != Self.plan)
        let before = try Self.feeds(by: grouping)
        let after = try Self.feeds(by: grouping)
        let changed = try Self.feeds(moved, by: grouping)
        #expect(before == after)
        #expect(before.keys.sorted() == changed.keys.sorted())
        let movedUIDs: Set = ["id-ru-iis-round-3@parley", "id-ru-iis-round-3-milestone-1@parley", "id-ru-iis-round-3-milestone-2@parley"]
        for (name, bytes) in before {
            let old = ContentLines(bytes)
            let new = ContentLines(try #require(changed[name]))
            #expect(old.events.keys.sorted() == new.events.keys.sorted(), "\(name)")
            #expect(old.lines.filter { !$0.hasPrefix("BEGIN:VEVENT") }.count == new.lines.filter { !$0.hasPrefix("BEGIN:VEVENT") }.count)
            for (uid, oldLines) in old.events {
                let newLines = try #require(new.events[uid])
                let differing = zip(oldLines, newLines).filter { $0 != $1 }.map { String($0.0.prefix { $0 != ":" && $0 != ";" }) }
                #expect(oldLines.count == newLines.count, "\(name) \(uid)")
                if movedUIDs.contains(uid) {
                    #expect(Set(differing) == ["DTSTART", "DTEND", "SEQUENCE"], "\(name) \(uid): \(differing)")
                } else {
                    #expect(differing.isEmpty, "\(name) \(uid): \(differing)")
                }
            }
            let outside = { (lines: ContentLines) in lines.lines.filter { line in !lines.events.values.contains { $0.contains(line) } } }
            #expect(outside(old) == outside(new), "\(name): lines outside the events changed")
        }
    }

    @Test func organizerWithoutEmailIsAnErrorAtTheOrganizerLine() {
        let source = MarkedSource(
            """
            country ID "Indonesia"
              timezone Asia/Jakarta
            country RU "Russia"
              timezone Europe/Moscow
            person id-desk "Desk" of ID
            dialogue d "D"
              partners ID RU
              organizer ①id-desk
              round 1 on 2026-03-10
            """)
        let loaded = load(source)
        #expect(loaded.findings.isEmpty)
        let set = FeedExporter.feeds(of: loaded.plan, by: .series)
        expectFindings(set.findings, in: source, file: "plan.parley", [("①", "organizer 'id-desk' of d has no email")])
    }
}
