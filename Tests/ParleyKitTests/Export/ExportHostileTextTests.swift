import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// Ids and texts no plan should have but a feed must survive: commas, semicolons, backslashes,
/// line breaks, emoji, 2,000-character names, Arabic (right to left), Cyrillic and Javanese.
/// Each comes out escaped (RFC 5545 §3.3.11), folded at 75 octets on UTF-8 boundaries (§3.1),
/// and reads back identically with an RFC reader written here (``ContentLines``); CI reads the
/// same feeds with python icalendar, ical, recurring-ical-events and libical.
@Suite struct ExportHostileTextTests {
    static let at = SourceLocation(file: "hostile.parley", line: 1, column: 1, offset: 0)

    static let longName: String = {
        let pieces = [
            "وزارة الخارجية، مديرية آسيا; ", "Министерство, «отдел»; ", "ꦏꦼꦩꦼꦤ꧀ꦠꦿꦶꦪꦤ꧀ ꦭꦸꦮꦂ ꦔꦒꦫꦶ, ", "🇮🇩🤝🇷🇺👩🏽‍💼, ", "back\\slash; semi; comma, ",
            "line\nbreak\r\nand CR\r. ",
        ]
        var text = ""
        var index = 0
        while text.count < 2_000 {
            text += pieces[index % pieces.count]
            index += 1
        }
        return String(text.prefix(2_000))
    }()

    static let seriesID = "id/ru;iis,..\\x🙂\nnext"
    static let personID = "../../etc/passwd"

    static func plan() -> Plan {
        let countries = [
            Country(
                id: "ID", name: "Indonesia, Republic of; ꦆꦤ꧀ꦝꦺꦴꦤꦺꦱꦶꦪ", timezone: "Asia/Jakarta", weekend: [.saturday, .sunday], holidays: .none,
                location: at),
            Country(id: "RU", name: "Россия", timezone: "Europe/Moscow", weekend: [.saturday, .sunday], holidays: .none, location: at),
            Country(id: "EG", name: "مصر", timezone: "Africa/Cairo", weekend: [.friday, .saturday], holidays: .none, location: at),
        ]
        let venues = [
            Venue(
                id: "cairo", city: "القاهرة, \"Cairo\"", country: Reference("EG", at: at), timezone: "Africa/Cairo", hasOwnTimezone: false,
                location: at)
        ]
        let people = [
            Person(
                id: personID, role: longName, country: Reference("RU", at: at), email: "desk+ru@example.org", busyCalendar: nil,
                location: at)
        ]
        let round = Round(
            number: 1,
            start: .dateTime(LocalDateTime(year: 2026, month: 7, day: 8, hour: 10) ?? LocalDateTime(date: .minimum, time: .midnight)),
            venue: Reference("cairo", at: at), isVirtual: false, status: .planned,
            notes: ["Agenda: 1) MoU; 2) CERT, \"Jakarta\"\\next\nsecond line", longName], movedFrom: [], location: at)
        let series = Series(
            kind: .dialogue, id: seriesID, title: longName, partners: [Reference("ID", at: at), Reference("RU", at: at)],
            basis: "Basis with\nline breaks; commas, and \\ backslashes", cadence: nil, lastingDays: 2,
            sessions: .timed(start: LocalTime.midnight, end: LocalTime(hour: 18, minute: 0) ?? .midnight),
            hosting: nil, delegates: [Reference(personID, at: at)], rules: [], pauses: [], rounds: [round], location: at,
            organizer: Reference(personID, at: at), reminders: [Reminder(minutesBefore: 15, location: at)],
            milestones: [Milestone(title: "визы; visas, تأشيرات\n🛂", offset: Span(2, .weeks), isBefore: true, location: at)])
        return Plan(files: ["hostile.parley"], countries: countries, venues: venues, people: people, series: [series], blackouts: [])
    }

    @Test(arguments: FeedGrouping.allCases)
    func hostileTextsReadBackIdentically(_ grouping: FeedGrouping) throws {
        let set = FeedExporter.feeds(of: Self.plan(), by: grouping)
        #expect(set.findings.isEmpty, "\(set.findings.map(\.message))")
        #expect(set.feeds.count == (grouping == .country ? 4 : 2))
        for feed in set.feeds {
            InteropOutput.keep(feed.bytes, as: "ParleyKitTests-Export-hostile-\(grouping.rawValue)-\(feed.fileName)")
            for physical in feed.bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast() {
                #expect(physical.last == 13, "\(feed.fileName): a line does not end in CRLF")
                #expect(physical.count - 1 <= 75, "\(feed.fileName): a line is longer than 75 octets")
                #expect(String(validating: physical, as: UTF8.self) != nil, "\(feed.fileName): a fold cuts a UTF-8 sequence")
            }
            let events = ContentLines(feed.bytes).events
            let uid = FeedExporter.uid(Self.seriesID, 1)
            let wireUID = try #require(
                events.keys.first { ContentLines.unescapeText($0) == uid },
                "\(feed.fileName): UID \(uid.debugDescription) does not read back")
            let event = try #require(events[wireUID])
            // CRLF and lone CR in the text become line feeds (§3.3.11 has a single line-break escape).
            let normalised = { (text: String) in
                text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            #expect(ContentLines.value("SUMMARY", in: event).map(ContentLines.unescapeText) == normalised(Self.longName) + ", round 1")
            let description = try #require(ContentLines.value("DESCRIPTION", in: event).map(ContentLines.unescapeText))
            #expect(description.contains("Series: " + normalised(Self.longName) + " (" + Self.seriesID + ")"))
            #expect(description.contains("Basis: Basis with\nline breaks; commas, and \\ backslashes"))
            #expect(description.contains("Note: Agenda: 1) MoU; 2) CERT, \"Jakarta\"\\next\nsecond line"))
            #expect(ContentLines.value("LOCATION", in: event).map(ContentLines.unescapeText) == "القاهرة, \"Cairo\", مصر")
            let categories = try #require(ContentLines.value("CATEGORIES", in: event))
            #expect(ContentLines.unescapeList(categories) == ["Dialogue", "Indonesia, Republic of; ꦆꦤ꧀ꦝꦺꦴꦤꦺꦱꦶꦪ", "Россия"])
            #expect(event.contains("DTSTART;TZID=Africa/Cairo:20260708T100000"))
            #expect(event.contains("DTEND;TZID=Africa/Cairo:20260708T180000"))
            #expect(event.contains("RRULE:FREQ=DAILY;COUNT=2"))
            let milestone = try #require(
                events.first { ContentLines.unescapeText($0.key) == FeedExporter.uid(Self.seriesID, 1, milestone: 1) }?.value)
            #expect(
                ContentLines.value("SUMMARY", in: milestone).map(ContentLines.unescapeText) == "визы; visas, تأشيرات\n🛂: "
                    + normalised(Self.longName) + ", round 1")
            #expect(milestone.contains("DTSTART;VALUE=DATE:20260624"))
        }
    }

    @Test func hostileIDsGiveSafeFileNames() throws {
        let names =
            FeedExporter.feeds(of: Self.plan(), by: .person).feeds.map(\.fileName)
            + FeedExporter.feeds(of: Self.plan(), by: .series).feeds.map(\.fileName)
        for name in names {
            #expect(!name.contains("/") && !name.hasPrefix(".") && name != ".." && name.hasSuffix(".ics"), "\(name)")
            #expect(
                name.unicodeScalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
                }, "\(name)")
        }
        #expect(names.contains("person-_._.._etc_passwd-\(FeedFileName.hash(Self.personID)).ics"))
    }
}
