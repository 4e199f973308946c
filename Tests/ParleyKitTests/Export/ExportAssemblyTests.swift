import Basics
import CivilTime
import Foundation
import ICalendar
import TestSupport
import Testing

@testable import ParleyKit

/// Feeds of a plan big enough that `FeedExporter` builds and serialises its rounds in
/// parallel stripes and shares the bytes among feeds: every feed must still be exactly what
/// the ICalendar writer gives for the whole `CalendarDocument` of its events, and written
/// files must hold exactly those bytes.
@Suite struct ExportAssemblyTests {
    /// Three series of 120 rounds each (360 rounds): timed with an organizer, milestones and a
    /// reminder (`METHOD:PUBLISH`, attendees dropped); all-day without organizer (attendees
    /// kept); virtual with an organizer. Every seventh round has moved, every fifth has a note.
    static func plan() -> String {
        var text = """
            country ID "Indonesia"
              timezone Asia/Jakarta
            country RU "Russia"
              timezone Europe/Moscow
            country AU "Australia"
              timezone Australia/Sydney
            venue jakarta "Jakarta" in ID
            venue moscow "Moscow" in RU
            venue canberra "Canberra" in AU
            person id-desk "Bilateral Desk, Kemlu" of ID
              email "desk@example.go.id"
            person id-deputy "Deputy Minister; Polhukam" of ID
              email "deputy@example.go.id"
            person ru-deputy "Заместитель секретаря" of RU
              email "deputy@example.ru"
            person au-deputy "Deputy Secretary, DFAT" of AU

            """
        let series = [
            (
                "a", "dialogue", "Indonesia–Russia consultations", "ID RU", "id-deputy ru-deputy",
                ["sessions 09:00..17:00", "organizer id-desk", "remind 1 day before", "milestone \"list due\" 30 days before"],
                ["jakarta", "moscow"]
            ),
            ("b", "dialogue", "Indonesia–Australia dialogue", "ID AU", "id-deputy au-deputy", [], ["canberra", "jakarta"]),
            ("c", "exchange", "Russia–Australia exchange", "RU AU", "ru-deputy au-deputy", ["organizer id-desk"], []),
        ]
        for (offset, (id, kind, title, partners, delegates, extra, venues)) in series.enumerated() {
            text += "\(kind) \(id) \"\(title)\"\n  partners \(partners)\n  lasting 2 days\n  delegates \(delegates)\n"
            for line in extra { text += "  \(line)\n" }
            for number in 1...120 {
                let year = 2001 + (number - 1) / 12
                let month = (number - 1) % 12 + 1
                let day = String(format: "%04d-%02d-%02d", year, month, 10 + offset)
                let place = venues.isEmpty ? "virtual" : "at " + venues[number % venues.count]
                let status = ["held", "planned", "proposed", "postponed", "cancelled"][number % 5]
                let note = number % 5 == 0 ? " \"Agenda: review; CERT, exchange\"" : ""
                text += "  round \(number) on \(day) \(place) \(status)\(note)\n"
                if number % 7 == 0 { text += "    moved from \(String(format: "%04d-%02d-%02d", year, month, 3))\n" }
            }
        }
        return text
    }

    /// `plan` with the notes of round `number` of series `id` replaced by one holding U+0001,
    /// which RFC 5545 TEXT cannot carry (the plan language refuses it, so the model is edited).
    static func withBadNote(_ plan: Plan, series id: String, round number: Int) -> Plan {
        let series = plan.series.map { item -> Series in
            guard item.id == id else { return item }
            let rounds = item.rounds.map { round in
                round.number != number
                    ? round
                    : Round(
                        number: round.number, start: round.start, venue: round.venue, isVirtual: round.isVirtual, status: round.status,
                        notes: ["bad \u{1} note"], movedFrom: round.movedFrom, location: round.location,
                        acknowledgements: round.acknowledgements)
            }
            return Series(
                kind: item.kind, id: item.id, title: item.title, partners: item.partners, basis: item.basis, cadence: item.cadence,
                lastingDays: item.lastingDays, sessions: item.sessions, hosting: item.hosting, delegates: item.delegates, rules: item.rules,
                pauses: item.pauses, rounds: rounds, location: item.location, travelDays: item.travelDays,
                preferredMonths: item.preferredMonths,
                organizer: item.organizer, reminders: item.reminders, milestones: item.milestones)
        }
        return Plan(
            files: plan.files, countries: plan.countries, venues: plan.venues, people: plan.people, series: series,
            blackouts: plan.blackouts)
    }

    static func load(_ text: String) -> LoadedPlan {
        Resolver.load(["plan.parley"], reader: MemoryPlanReader(["plan.parley": text]))
    }

    /// The whole document the feed `name` stands for, written in one piece by the ICalendar writer.
    static func wholeDocument(_ name: String, plan: Plan, rounds: [RoundEvents]) throws -> [UInt8] {
        let indices: [Int]
        let title: String
        if name == "all.ics" {
            indices = Array(rounds.indices)
            title = "Parley: all rounds"
        } else if name.hasPrefix("country-") {
            let id = String(name.dropFirst("country-".count).dropLast(".ics".count))
            indices = rounds.indices.filter { rounds[$0].countries.contains(id) }
            title = "Parley: " + (plan.countriesByID[id]?.name ?? "?")
        } else if name.hasPrefix("person-") {
            let id = String(name.dropFirst("person-".count).dropLast(".ics".count))
            indices = rounds.indices.filter { rounds[$0].people.contains(id) }
            title = "Parley: " + (plan.peopleByID[id]?.role ?? "?")
        } else {
            let id = String(name.dropLast(".ics".count))
            indices = rounds.indices.filter { rounds[$0].seriesID == id }
            title = plan.seriesByID[id]?.title ?? "?"
        }
        var events = indices.flatMap { rounds[$0].events }
        let publish = !events.isEmpty && events.allSatisfy { $0.organizer != nil }
        if publish {
            events = events.map {
                var event = $0
                event.attendees = []
                return event
            }
        }
        var document = CalendarDocument(
            productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
            otherProperties: [.text("X-WR-CALNAME", title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")],
            events: events)
        try document.addTimeZones()
        return try CalendarWriter.bytes(of: document)
    }

    @Test(arguments: FeedGrouping.allCases)
    func everyFeedEqualsItsWholeDocument(_ grouping: FeedGrouping) throws {
        let loaded = Self.load(Self.plan())
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        var findings: [Finding] = []
        let rounds = FeedExporter.roundEvents(of: loaded.plan, findings: &findings)
        #expect(rounds.count == 360)
        #expect(
            rounds.map(\.seriesID) == Array(repeating: "a", count: 120) + Array(repeating: "b", count: 120)
                + Array(repeating: "c", count: 120))
        let set = FeedExporter.feeds(of: loaded.plan, by: grouping)
        #expect(set.findings.isEmpty, "\(set.findings.map(\.message))")
        #expect(set.feeds.contains { $0.fileName == "all.ics" })
        for feed in set.feeds {
            let expected = try Self.wholeDocument(feed.fileName, plan: loaded.plan, rounds: rounds)
            #expect(feed.bytes == expected, "\(feed.fileName)")
            #expect(feed.byteCount == expected.count, "\(feed.fileName)")
            #expect(feed.hasBytes(expected), "\(feed.fileName)")
            #expect(feed.eventCount == ContentLines(expected).events.count, "\(feed.fileName)")
        }
    }

    /// Round texts are cached by the status's position in `allCases`.
    @Test func statusIndexFollowsAllCases() {
        #expect(RoundStatus.allCases.map(FeedExporter.statusIndex) == Array(RoundStatus.allCases.indices))
    }

    @Test func comparingWithOtherBytesFindsEveryDifference() throws {
        let set = FeedExporter.feeds(of: Self.load(Self.plan()).plan, by: .series)
        let all = try #require(set.feeds.first { $0.fileName == "all.ics" })
        var bytes = all.bytes
        #expect(all.hasBytes(bytes))
        #expect(all.hasBytes(Data(bytes)))
        #expect(!all.hasBytes(Array(bytes.dropLast())))
        #expect(!all.hasBytes(bytes + [10]))
        for position in [0, bytes.count / 2, bytes.count - 1] {
            bytes[position] ^= 1
            #expect(!all.hasBytes(bytes), "a change at octet \(position)")
            bytes[position] ^= 1
        }
        #expect(Feed(fileName: "x.ics", title: "x", eventCount: 0, bytes: bytes) == all.withName("x.ics", title: "x", eventCount: 0))
    }

    @Test func writtenFilesHoldTheFeedBytes() throws {
        let set = FeedExporter.feeds(of: Self.load(Self.plan()).plan, by: .person)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-assembly-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Stale content is replaced whole, never appended to.
        try Data(repeating: 65, count: 100).write(to: URL(fileURLWithPath: folder + "/all.ics"))
        let failures = Feed.write(set.feeds, into: folder)
        #expect(failures.allSatisfy { $0 == nil })
        for feed in set.feeds {
            #expect(
                FileManager.default.contents(atPath: folder + "/" + feed.fileName).map { [UInt8]($0) } == feed.bytes, "\(feed.fileName)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == set.feeds.map(\.fileName).sorted(), "no temporary file is left behind")
    }

    @Test func writingIntoAMissingFolderSaysWhichFeedFailed() {
        let set = FeedExporter.feeds(of: Self.load(Self.plan()).plan, by: .series)
        let folder = "/nonexistent-parley-\(UUID().uuidString)"
        let failures = Feed.write(set.feeds, into: folder)
        #expect(failures.count == set.feeds.count)
        for (feed, failure) in zip(set.feeds, failures) {
            #expect(failure?.path == folder + "/" + feed.fileName)
        }
    }

    /// A round whose text cannot be written (a control character) leaves out exactly the
    /// feeds that hold it, each with a finding; the others are unaffected byte for byte.
    @Test func aRoundThatCannotBeWrittenDropsOnlyItsFeeds() throws {
        let plan = Self.withBadNote(Self.load(Self.plan()).plan, series: "b", round: 65)
        var findings: [Finding] = []
        let rounds = FeedExporter.roundEvents(of: plan, findings: &findings)
        let set = FeedExporter.feeds(of: plan, by: .series)
        #expect(set.feeds.map(\.fileName) == ["a.ics", "c.ics"])
        #expect(set.findings.map(\.code.rawValue) == ["input", "input"])
        #expect(set.findings.map { String($0.message.prefix { $0 != ":" }) }.sorted() == ["all.ics", "b.ics"])
        #expect(set.findings.allSatisfy { $0.message.contains("DESCRIPTION") }, "\(set.findings.map(\.message))")
        for feed in set.feeds {
            #expect(feed.bytes == (try Self.wholeDocument(feed.fileName, plan: plan, rounds: rounds)), "\(feed.fileName)")
        }
    }
}

extension Feed {
    /// The same bytes under another name.
    fileprivate func withName(_ name: String, title: String, eventCount: Int) -> Feed {
        Feed(fileName: name, title: title, eventCount: eventCount, bytes: bytes)
    }
}
