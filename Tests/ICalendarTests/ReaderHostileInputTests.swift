import CivilTime
import TestSupport
import Testing

@testable import ICalendar

/// Broken and hostile input: each is reported at the right line saying what was expected, as
/// a warning when the line is skipped and the rest read (as libical and python `icalendar` do),
/// as an error only when a limit is exceeded; never a crash or a hang.
struct ReaderHostileInputTests {
    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        let fragment: String
        var testDescription: String { name }
    }

    static let corpus: [Broken] = [
        .init(
            name: "property before BEGIN", text: "VERSION:2.0\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", line: 1,
            fragment: "outside any component"),
        .init(name: "unclosed calendar", text: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", line: 1, fragment: "never closed"),
        .init(
            name: "unclosed event", text: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", line: 2, fragment: "before its own END"),
        .init(name: "END without BEGIN", text: "END:VEVENT\r\n", line: 1, fragment: "no BEGIN"),
        .init(
            name: "mismatched END", text: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", line: 3,
            fragment: "does not match BEGIN:VEVENT"),
        .init(name: "BEGIN without name", text: "BEGIN:\r\n", line: 1, fragment: "component name"),
        .init(name: "BEGIN with bad name", text: "BEGIN:V EVENT\r\nEND:V EVENT\r\n", line: 1, fragment: "component name"),
        .init(name: "no colon", text: "BEGIN:VCALENDAR\r\nSUMMARY Lunch\r\nEND:VCALENDAR\r\n", line: 2, fragment: "expected ':'"),
        .init(name: "empty name", text: "BEGIN:VCALENDAR\r\n:value\r\nEND:VCALENDAR\r\n", line: 2, fragment: "property name"),
        .init(name: "bad name character", text: "BEGIN:VCALENDAR\r\nSUM_MARY:x\r\nEND:VCALENDAR\r\n", line: 2, fragment: "expected ':'"),
        .init(
            name: "parameter without =", text: "BEGIN:VCALENDAR\r\nDTSTART;TZID:20260101T000000\r\nEND:VCALENDAR\r\n", line: 2,
            fragment: "expected '='"),
        .init(
            name: "parameter without name", text: "BEGIN:VCALENDAR\r\nDTSTART;=X:20260101\r\nEND:VCALENDAR\r\n", line: 2,
            fragment: "parameter name"),
        .init(
            name: "unterminated quote", text: "BEGIN:VCALENDAR\r\nATTENDEE;CN=\"Doe:mailto:a@b\r\nEND:VCALENDAR\r\n", line: 2,
            fragment: "never closed"),
        .init(
            name: "quote inside paramtext", text: "BEGIN:VCALENDAR\r\nATTENDEE;CN=Do\"e\":mailto:a@b\r\nEND:VCALENDAR\r\n", line: 2,
            fragment: "expected ':'"),
        .init(name: "continuation first", text: " BEGIN:VCALENDAR\r\n", line: 1, fragment: "continuation"),
        .init(name: "invalid UTF-8", text: "BEGIN:VCALENDAR\r\nSUMMARY:\u{FFFD}\r\nEND:VCALENDAR\r\n", line: 0, fragment: ""),
        .init(name: "only garbage", text: "\u{0}\u{1}\u{2}\r\n", line: 1, fragment: "property name"),
        .init(name: "binary noise", text: "%PDF-1.4\r\n", line: 1, fragment: "property name"),
        .init(name: "HTML error page", text: "<html><body>404</body></html>\r\n", line: 1, fragment: "property name"),
        .init(name: "JSON instead", text: "{\"events\":[]}\r\n", line: 1, fragment: "property name"),
        .init(name: "END with trailing junk", text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR;X\r\n", line: 1, fragment: "never closed"),
        .init(
            name: "two roots, second unclosed", text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\n", line: 3,
            fragment: "never closed"),
        .init(name: "deeply wrong END order", text: "BEGIN:A\r\nBEGIN:B\r\nBEGIN:C\r\nEND:A\r\n", line: 2, fragment: "before its own END"),
        .init(
            name: "semicolon then nothing", text: "BEGIN:VCALENDAR\r\nSUMMARY;\r\nEND:VCALENDAR\r\n", line: 2, fragment: "parameter name"),
        .init(
            name: "parameter value ends line", text: "BEGIN:VCALENDAR\r\nSUMMARY;X=1\r\nEND:VCALENDAR\r\n", line: 2,
            fragment: "expected ':'"),
        .init(name: "stray END before BEGIN", text: "END:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", line: 1, fragment: "no BEGIN"),
        .init(
            name: "property after END", text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nX-AFTER:1\r\n", line: 3,
            fragment: "outside any component"),
        .init(name: "folded BEGIN name broken", text: "BEGIN:VCAL\r\n ENDAR\r\nEND:VCALENDAR\r\nEND:X\r\n", line: 4, fragment: "no BEGIN"),
        .init(
            name: "lowercase mismatched end", text: "begin:vcalendar\r\nbegin:vevent\r\nend:vtodo\r\nend:vevent\r\nend:vcalendar\r\n",
            line: 3, fragment: "does not match"),
        .init(name: "comma only parameter", text: "BEGIN:VCALENDAR\r\nX-P;A=,:v\r\nEND:VCALENDAR\r\n", line: 0, fragment: ""),
    ]

    /// Every diagnostic of reading `bytes`, whether or not it throws.
    static func diagnostics(_ bytes: [UInt8]) -> [CalendarDiagnostic] {
        do {
            return try CalendarReader().read(bytes: bytes).warnings
        } catch {
            return error.diagnostics
        }
    }

    @Test(arguments: corpus)
    func brokenInputIsSkippedWithALocatedWarning(_ broken: Broken) throws {
        var bytes = Array(broken.text.utf8)
        if broken.name == "invalid UTF-8" {
            bytes = Array("BEGIN:VCALENDAR\r\nSUMMARY:".utf8) + [0xC3, 0x28] + Array("\r\nEND:VCALENDAR\r\n".utf8)
        }
        if broken.name == "comma only parameter" {
            // Two empty values are legal paramtext: this one must read cleanly.
            let result = try CalendarReader().read(bytes: bytes)
            #expect(result.calendar?.properties.first?.parameter("A")?.values == ["", ""])
            return
        }
        let diagnostics = Self.diagnostics(bytes)
        let first = try #require(diagnostics.first)
        #expect(diagnostics.allSatisfy { $0.severity == .warning }, "\(diagnostics)")
        if broken.name == "invalid UTF-8" {
            #expect(first.line == 2 && first.message.contains("UTF-8"))
            let summary = try CalendarReader().read(bytes: bytes).calendar?.property("SUMMARY")?.value
            #expect(summary == "\u{FFFD}(")
            return
        }
        #expect(first.line == broken.line, "\(diagnostics)")
        #expect(first.message.contains(broken.fragment), "\(diagnostics)")
    }

    @Test func everyBadLineIsReportedAndTheRestRead() throws {
        let text = "BEGIN:VCALENDAR\r\nBAD LINE\r\nX-OK:1\r\nALSO BAD\r\nEND:VCALENDAR\r\nX-AFTER:2\r\n"
        let result = try CalendarReader().read(text)
        #expect(result.warnings.map(\.line) == [2, 4, 6])
        #expect(result.warnings.allSatisfy { $0.message.hasSuffix("skipped") })
        #expect(result.calendar?.properties.map(\.name) == ["X-OK"])
    }

    @Test func limitsEndInAnError() throws {
        let small = CalendarReaderLimits(
            maximumBytes: 1_000, maximumLineLength: 100, maximumDepth: 5, maximumComponents: 10, maximumParameters: 3)
        let reader = CalendarReader(limits: small)
        let cases: [(String, String)] = [
            (String(repeating: "X-A:1\r\n", count: 200), "over the limit"),
            ("BEGIN:A\r\nX-L:" + String(repeating: "x", count: 200) + "\r\nEND:A\r\n", "longer than the limit"),
            ("BEGIN:A\r\nX-L:" + String(repeating: "\r\n x", count: 150) + "\r\nEND:A\r\n", "longer than the limit"),
            (String(repeating: "BEGIN:A\r\n", count: 6), "deeper than the limit"),
            ("BEGIN:A\r\n" + String(repeating: "BEGIN:B\r\nEND:B\r\n", count: 10) + "END:A\r\n", "more components"),
            ("BEGIN:A\r\nX-P;A=1;B=2;C=3;D=4:v\r\nEND:A\r\n", "more than 3 parameters"),
        ]
        for (text, fragment) in cases {
            let error = try #require(throws: CalendarReadError.self) { try reader.read(text) }
            #expect(error.first?.message.contains(fragment) == true, "\(error)")
        }
    }

    /// Seeded random mutations of a real-shaped file (bytes flipped, lines dropped, folded or
    /// duplicated) and random byte soup: the reader and the event layer return or throw,
    /// never crash or hang. The seed is printed on failure.
    @Test func fuzzedInputNeverCrashes() throws {
        let seed: UInt64 = 20_260_322
        var generator = SeededGenerator(seed: seed)
        let base = Array(
            ("BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Asia/Jakarta\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Europe/Moscow:20260101T090000\r\n"
                + "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=20\r\nEXDATE;TZID=Europe/Moscow:20260130T090000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n").utf8)
        let alphabet = Array("BEGIN:END;=,\"^\\\r\n \tVEVENTRRULEFREQ0123456789-Z".utf8)
        for round in 0..<400 {
            var bytes = base
            if round % 10 == 9 {
                bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x41 }
            } else {
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    let position = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0...3, using: &generator) {
                    case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                    case 1: bytes.insert(alphabet.randomElement(using: &generator) ?? 0x20, at: position)
                    case 2: bytes.remove(at: position)
                    default: bytes.insert(contentsOf: [0x0D, 0x0A, 0x20], at: position)
                    }
                    if bytes.isEmpty { bytes = [0x41] }
                }
            }
            guard let result = try? CalendarReader().read(bytes: bytes), let calendar = result.calendar else { continue }
            let events = CalendarEvents(calendar: calendar)
            let from = Instant(secondsSinceEpoch: 1_767_225_600)
            do {
                _ = try events.occurrences(from: from, to: from.adding(seconds: 400 * 86_400), limit: 10_000)
            } catch {
                #expect(!error.message.isEmpty, "seed \(seed) round \(round)")
            }
        }
    }
}
