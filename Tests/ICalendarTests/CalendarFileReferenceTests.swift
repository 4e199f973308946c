import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// ``CalendarFile``, which reads the events directly inside a `VCALENDAR` without building
/// their components, against the slow obvious path: the whole component tree
/// (`CalendarReader.read(bytes:)`), merged (`mergedCalendar`) and collected by
/// `CalendarEvents(calendar:)`. On every `.ics` under `Tests/` and `Examples/` (real clients'
/// corpus, feeds, goldens, fuzz seeds) and on generated calendars, both give the same
/// diagnostics (messages and lines, in order), the same occurrences in the same order (start,
/// end, instance) and the same component for each.
struct CalendarFileReferenceTests {
    /// Every `.ics` file under `Tests/` and `Examples/`, by path from the package root.
    static let files: [String] = ["Tests", "Examples"].flatMap { folder -> [String] in
        guard let enumerator = FileManager.default.enumerator(atPath: Repository.path(folder)) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".ics") }.sorted().map { folder + "/" + $0 }
    }

    /// What the tree path reads from `bytes`: the diagnostics as ``CalendarFile`` orders them,
    /// and the events, or the diagnostics of a file that cannot be read.
    static func reference(_ bytes: [UInt8], names: Set<String>) -> Result<([CalendarDiagnostic], CalendarEvents), CalendarFileError> {
        let result: CalendarReadResult
        do {
            result = try CalendarReader().read(bytes: bytes)
        } catch {
            return .failure(CalendarFileError(path: nil, reason: .malformed, diagnostics: error.diagnostics))
        }
        var notes: [CalendarDiagnostic] = []
        guard let calendar = result.mergedCalendar(notes: &notes) else {
            let missing = CalendarDiagnostic(.error, line: 1, "no BEGIN:VCALENDAR in the file")
            return .failure(CalendarFileError(path: nil, reason: .noCalendar, diagnostics: result.warnings + [missing]))
        }
        let events = CalendarEvents(calendar: calendar, componentNames: names)
        let found = result.warnings + notes + events.diagnostics
        let diagnostics = found.indices.sorted { (found[$0].line, $0) < (found[$1].line, $1) }.map { found[$0] }
        return .success((diagnostics, events))
    }

    /// Checks that ``CalendarFile`` reads `bytes` as the tree path does; `label` names the input.
    static func expectAgreement(_ bytes: [UInt8], _ label: String, names: Set<String> = ["VEVENT"]) {
        let read = Result { () throws(CalendarFileError) in try CalendarFile.read(bytes: bytes, componentNames: names) }
        switch (read, reference(bytes, names: names)) {
        case (.failure(let error), .failure(let expected)):
            #expect(error.reason == expected.reason, "\(label)")
            #expect(error.diagnostics == expected.diagnostics, "\(label)")
        case (.success(let file), .success(let (diagnostics, events))):
            #expect(file.diagnostics == diagnostics, "\(label)")
            #expect(file.events.series.count == events.series.count, "\(label)")
            let window = Instant(secondsSinceEpoch: 1_704_067_200)..<Instant(secondsSinceEpoch: 1_861_920_000)  // 2024 to 2029
            let occurrences = Result { () throws(RecurrenceError) in try file.occurrences(in: window, limit: 20_000) }
            let expected = Result { () throws(RecurrenceError) in
                try events.occurrences(from: window.lowerBound, to: window.upperBound, limit: 20_000)
            }
            switch (occurrences, expected) {
            case (.success(let occurrences), .success(let expected)):
                #expect(occurrences.map(\.start) == expected.map(\.start), "\(label)")
                #expect(occurrences.map(\.end) == expected.map(\.end), "\(label)")
                #expect(occurrences.map(\.recurrenceID) == expected.map(\.recurrenceID), "\(label)")
                // Each event's component read again from its lines is the one the tree holds.
                var seen: Set<Int> = []
                for (occurrence, reference) in zip(occurrences, expected) where seen.insert(occurrence.source.line ?? 0).inserted {
                    #expect(occurrence.component == reference.component, "\(label): line \(occurrence.source.line ?? 0)")
                }
            case (.failure(let error), .failure(let expected)):
                #expect(error == expected, "\(label)")
            default:
                Issue.record("\(label): the two paths disagree on whether the events expand")
            }
        default:
            Issue.record("\(label): CalendarFile and the tree path disagree on whether the file reads")
        }
    }

    @Test func thereAreFiles() {
        #expect(Self.files.count >= 250)
    }

    @Test(arguments: files)
    func readsEveryFileAsTheTreeDoes(_ file: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Repository.path(file))).map { $0 }
        Self.expectAgreement(bytes, file)
        Self.expectAgreement(bytes, file + " (events and to-dos)", names: ["VEVENT", "VTODO"])
    }

    /// Calendars made of random pieces: zoned, UTC, floating and all-day events, weekly and
    /// monthly rules with `EXDATE`, `RDATE` and `RECURRENCE-ID` overrides (one
    /// `THISANDFUTURE`), alarms, folded lines, bare LF, bad lines of every kind, events left open
    /// or closed by the wrong `END`, nested and second `VCALENDAR`s.
    @Test(arguments: 0..<200)
    func readsGeneratedCalendarsAsTheTreeDoes(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let text = Self.generatedCalendar(&random)
        Self.expectAgreement(Array(text.utf8), "seed \(seed):\n\(text)")
    }

    /// Calendars over 512 KiB, which ``CalendarReader`` reads in two halves on two cores: the
    /// pieces of many generated calendars in one `VCALENDAR`, so that bare LFs, blank lines,
    /// open events, calendar properties, time zones and further `VCALENDAR`s fall on both
    /// sides of the cut; with distinct `UID`s in each piece, more than a thousand series, which
    /// ``CalendarEvents`` builds in two halves, with zones read as others on both sides.
    @Test(arguments: 0..<6)
    func readsLargeCalendarsAsTheTreeDoes(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(1_000 + seed))
        var text = "BEGIN:VCALENDAR\r\n"
        while text.utf8.count < 600_000 {
            // Each piece without its own BEGIN:VCALENDAR line and its last line (END:VCALENDAR).
            let uids = seed < 3 ? "" : "\(text.utf8.count)-"
            let piece = Self.generatedCalendar(&random, tame: true, uids: uids).dropFirst("BEGIN:VCALENDAR\r\n".count)
            text += piece.dropLast(piece.hasSuffix("\r\n") ? "END:VCALENDAR\r\n".count : 0)
            if seed % 3 == 1, text.utf8.count > 400_000, !text.contains("X-WR-CALNAME:second") {
                text += "END:VCALENDAR\r\nBEGIN:VCALENDAR\r\nX-WR-CALNAME:second\r\n"
            }
        }
        text += seed % 3 == 2 ? "BEGIN:VEVENT\r\nUID:open\r\nDTSTART:20260105T100000Z\r\n" : "END:VCALENDAR\r\n"
        let bytes = Array(text.utf8)
        Self.expectAgreement(bytes, "large calendar, seed \(seed)")
        // The agreement covers the two-core paths: the reader's halves, and above a thousand
        // series the events' halves.
        #expect(CalendarReader().readInHalves(bytes: bytes, events: ["VEVENT"]) != nil)
        if seed >= 3 { #expect(((try? CalendarFile.read(bytes: bytes))?.events.series.count ?? 0) >= 1_024) }
    }

    /// A random calendar (see ``readsGeneratedCalendarsAsTheTreeDoes(_:)``); `tame`, every event
    /// closed by its own `END` and no further `VCALENDAR`; each `UID` starts with `uids`.
    static func generatedCalendar(_ random: inout SeededGenerator, tame: Bool = false, uids: String = "") -> String {
        let zones = ["Europe/Moscow", "Asia/Jakarta", "America/New_York", "W. Europe Standard Time", "Custom/Zone"]
        let noise = [
            "SUMMARY;LANGUAGE=en:Talks\\, round 2", "DESCRIPTION:Agenda\\nto follow", "LOCATION:Jakarta", "TRANSP:TRANSPARENT",
            "STATUS:CANCELLED", "SUMMARY:caf\u{E9} \u{1F4C5}", "X-PARLEY;X-A=\"quoted; value\":1", "ATTENDEE;CN=\"A, B\":mailto:a@x",
            "BAD LINE WITHOUT COLON", ";NONAME:1", "SUMMARY;X=\"open:1", "DTSTART:garbage", "RRULE:FREQ=SOMETIMES",
            "EXDATE:", "RRULE:", "DURATION:PT1H", "SEQUENCE:2", "DTSTAMP:20260101T000000Z", "SUMMARY;X=a^nb:text",
            "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM",
        ]
        // Names in any case, matched as bytes on the reader's fast path for plain lines (not in
        // the tame pieces of the large calendars, whose cut must stay where it is).
        let anyCase = [
            "summary:lower case", "Rrule:FREQ=DAILY;COUNT=3", "exdate:20260105T100000Z", "sequence:3", "Uid:other",
            "Begin:VALARM\r\nTRIGGER:-PT5M\r\nend:valarm", "dtstart:20260601T090000Z", "DTSTAMP:",
        ]
        let pool = tame ? noise : noise + anyCase
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parley//reference test//EN"]
        if Int.random(in: 0..<4, using: &random) == 0 { lines.append("X-WR-TIMEZONE:Europe/Berlin") }
        if Int.random(in: 0..<3, using: &random) == 0 {
            lines += [
                "BEGIN:VTIMEZONE", "TZID:Custom/Zone", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0200", "END:STANDARD", "END:VTIMEZONE",
            ]
        }
        for index in 0..<Int.random(in: 1...12, using: &random) {
            let uid = "\(uids)e\(Int.random(in: 0..<6, using: &random))"
            let day = 1 + Int.random(in: 0..<28, using: &random)
            let month = 1 + Int.random(in: 0..<12, using: &random)
            let date = String(format: "2026%02d%02d", month, day)
            let hour = String(format: "%02d", Int.random(in: 0..<24, using: &random))
            let start: String
            switch Int.random(in: 0..<5, using: &random) {
            case 0: start = "DTSTART;VALUE=DATE:\(date)"
            case 1: start = "DTSTART:\(date)T\(hour)0000Z"
            case 2: start = "DTSTART:\(date)T\(hour)3000"
            default: start = "DTSTART;TZID=\(zones.randomElement(using: &random) ?? "UTC"):\(date)T\(hour)0000"
            }
            var event = [
                Int.random(in: 0..<10, using: &random) == 0 ? "BEGIN:vevent" : "BEGIN:VEVENT", "UID:\(uid)", start,
                "SUMMARY:Event \(index)",
            ]
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                event.append(
                    "DTEND\(start.dropFirst(7).prefix { $0 != ":" }):\(date)T235900".replacingOccurrences(of: "VALUE=DATE", with: ""))
            case 1: event.append("DURATION:P\(Int.random(in: 0...2, using: &random))DT1H")
            default: break
            }
            switch Int.random(in: 0..<4, using: &random) {
            case 0: event.append("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=\(Int.random(in: 1...40, using: &random))")
            case 1: event.append("RRULE:FREQ=MONTHLY;BYMONTHDAY=\(day)")
            default: break
            }
            if Int.random(in: 0..<3, using: &random) == 0 { event.append("EXDATE;VALUE=DATE:2026\(String(format: "%02d", month))15") }
            if Int.random(in: 0..<4, using: &random) == 0 { event.append("RDATE:20261224T100000Z,20261231T100000Z") }
            if Int.random(in: 0..<3, using: &random) == 0 {
                let range = Int.random(in: 0..<4, using: &random) == 0 ? ";RANGE=THISANDFUTURE" : ""
                event.append("RECURRENCE-ID\(range)\(start.dropFirst(7).prefix { $0 != ":" }):\(start.split(separator: ":").last ?? "")")
            }
            for _ in 0..<Int.random(in: 0..<4, using: &random) { event.append(pool.randomElement(using: &random) ?? "") }
            switch tame ? 11 : Int.random(in: 0..<12, using: &random) {
            case 0: break  // left open
            case 1: event.append("END:VTODO")
            case 2: event.append("END:VCALENDAR")
            default: event.append("END:VEVENT")
            }
            lines += event
            switch Int.random(in: tame ? 2..<20 : 0..<20, using: &random) {
            case 0: lines += ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:nested", "DTSTART:20260301T100000Z", "END:VEVENT", "END:VCALENDAR"]
            case 1: lines += ["END:VCALENDAR", "BEGIN:VCALENDAR", "X-WR-CALNAME:second"]
            case 2: lines.append("")
            default: break
            }
        }
        lines.append("END:VCALENDAR")
        var text = lines.joined(separator: Int.random(in: 0..<5, using: &random) == 0 ? "\n" : "\r\n") + "\r\n"
        // Fold some long lines at byte 20 (inside a value, sometimes inside a multi-byte character).
        if Int.random(in: 0..<2, using: &random) == 0 {
            text = text.split(separator: "\r\n", omittingEmptySubsequences: false).map { line -> String in
                let bytes = Array(line.utf8)
                guard bytes.count > 24 else { return String(line) }
                return String(decoding: bytes[..<20], as: UTF8.self) + "\r\n " + String(decoding: bytes[20...], as: UTF8.self)
            }.joined(separator: "\r\n")
        }
        return text
    }
}
