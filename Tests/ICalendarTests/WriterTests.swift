import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

@Suite struct WriterTests {
    static func bytes(_ component: CalendarComponent) throws -> [UInt8] {
        var writer = CalendarWriter()
        try writer.write(component)
        return writer.bytes
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Folding

    static let longTexts: [(script: String, text: String)] = [
        ("Cyrillic", "Консультации между Индонезией и Россией по вопросам международной информационной безопасности, второй раунд, Москва"),
        ("Arabic", "مشاورات ثنائية بين إندونيسيا وروسيا حول أمن المعلومات الدولي، الجولة الثانية، موسكو، مع وفد وزارة الخارجية"),
        ("Javanese", "ꦥꦼꦭꦏ꧀ꦱꦤꦤ꧀ꦥꦿꦶꦏ꧀ꦱꦤ꧀ꦲꦶꦁꦗꦏꦂꦠꦱꦲꦶꦁꦮꦸꦭꦤ꧀ꦩꦉꦠ꧀ꦏꦁꦥꦼꦠꦁꦥꦸꦭꦸꦃꦏꦭꦶꦃꦲꦶꦗꦮꦶꦠꦸꦗꦮ"),
        ("Emoji", "🇮🇩🤝🇷🇺 👨‍👩‍👧‍👦 📅🗓️⏰ 🕌🕍⛪ 🏳️‍🌈 👩🏽‍💻👨🏿‍🚀 🎉🎊🎈🎁 🌏🌍🌎 💬🗨️ 🔒🔐🛡️ ✈️🚆🚗 🇮🇩🤝🇷🇺"),
        ("Mixed", "Round 2 / Раунд 2 / الجولة 2 / ꦥꦸꦠꦫꦤ꧀ 2 🇮🇩🇷🇺; agenda: 1) MoU, 2) CERT\nnext line"),
    ]

    /// Every fold point is tried: a prefix of 0…11 ASCII octets shifts where the 75-octet
    /// boundary falls. No physical line exceeds 75 octets, each is valid UTF-8 on its own
    /// (no scalar split), continuation lines start with one space, and unfolding + unescaping
    /// gives the text back.
    @Test(arguments: longTexts.map(\.text))
    func foldingNeverSplitsAScalar(_ text: String) throws {
        for shift in 0...11 {
            let original = String(repeating: "x", count: shift) + text + " " + text
            let property = CalendarProperty.text("DESCRIPTION", original)
            let bytes = try Self.bytes(CalendarComponent(name: "VEVENT", properties: [property]))
            let physical = try #require(ContentLines.physicalLines(bytes))
            #expect(physical.count > 3)
            for (index, line) in physical.enumerated() {
                #expect(line.count <= 75, "line \(index + 1) has \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "line \(index + 1) splits a UTF-8 sequence")
                if index > 1 && index < physical.count - 1 { #expect(line.first == 32) }
            }
            let lines = try #require(ContentLines.unfold(bytes))
            let parsed = try #require(ContentLines.parse(lines[1]))
            #expect(ContentLines.unescapeText(parsed.value) == original)
        }
    }

    /// A line of exactly 75 octets is not folded; 76 is.
    @Test func foldsOnlyPastSeventyFiveOctets() throws {
        let exact = CalendarProperty(name: "SUMMARY", value: String(repeating: "a", count: 75 - 8))
        let over = CalendarProperty(name: "SUMMARY", value: String(repeating: "a", count: 76 - 8))
        var writer = CalendarWriter()
        try writer.write(exact)
        #expect(writer.bytes.count == 77)
        writer = CalendarWriter()
        try writer.write(over)
        #expect(Self.text(writer.bytes) == "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n a\r\n")
    }

    // MARK: Escaping

    /// RFC 5545 §3.3.11 escapes and their round trip through the test's own unescaper.
    @Test(arguments: [
        (
            "Project XYZ Final Review\nConference Room - 3B\nCome Prepared.",
            #"Project XYZ Final Review\nConference Room - 3B\nCome Prepared."#
        ),
        ("a;b,c\\d", #"a\;b\,c\\d"#),
        ("Agenda: 1) MoU; 2) CERT, \"Jakarta\"", #"Agenda: 1) MoU\; 2) CERT\, "Jakarta""#),
        ("windows\r\nline\rmac", #"windows\nline\nmac"#),
        ("\\n is not a newline", #"\\n is not a newline"#),
        ("tab\tstays", "tab\tstays"),
        ("", ""),
    ])
    func textEscaping(original: String, wire: String) throws {
        #expect(CalendarText.escape(original) == wire)
        let bytes = try Self.bytes(CalendarComponent(name: "VEVENT", properties: [.text("SUMMARY", original)]))
        let lines = try #require(ContentLines.unfold(bytes))
        let parsed = try #require(ContentLines.parse(lines[1]))
        let expected = original.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(ContentLines.unescapeText(parsed.value) == expected)
    }

    // MARK: Parameters

    /// §3.2: quoted when the value holds `:`, `;` or `,`; RFC 6868 encodes `^`, `"` and line breaks.
    @Test(arguments: [
        ("Deputy Minister", #"CN=Deputy Minister"#),
        ("Deputy Minister, ID", #"CN="Deputy Minister, ID""#),
        ("Security Council: RU", #"CN="Security Council: RU""#),
        ("a;b", #"CN="a;b""#),
        (#"George "Herman" Ruth"#, #"CN=George ^'Herman^' Ruth"#),
        ("caret ^ sign", "CN=caret ^^ sign"),
        ("two\nlines", "CN=two^nlines"),
        ("Лавров С.В.", "CN=Лавров С.В."),
    ])
    func parameterQuotingAndCaretEncoding(value: String, wire: String) throws {
        let property = CalendarProperty.address("ATTENDEE", .mailto("x@example.org", commonName: value))
        let bytes = try Self.bytes(CalendarComponent(name: "VEVENT", properties: [property]))
        #expect(Self.text(bytes).contains("ATTENDEE;" + wire + ":mailto:x@example.org"))
        let lines = try #require(ContentLines.unfold(bytes))
        let parsed = try #require(ContentLines.parse(lines[1]))
        #expect(parsed.parameter("CN") == [value])
    }

    /// A character to quote or caret-encode is found wherever it sits in values of 1…40
    /// octets: the scan for plain values reads sixteen octets at a time, its last block
    /// overlapping the one before. The expected wire form is spelled out from §3.2 and RFC 6868.
    @Test(arguments: [
        (":", ":", true), (";", ";", true), (",", ",", true), ("^", "^^", false), ("\"", "^'", false), ("\n", "^n", false),
        ("ж", "ж", false),
    ])
    func parameterSpecialAtEveryPosition(special: String, encoded: String, quoted: Bool) throws {
        for length in 1...40 {
            for position in 0..<length {
                let before = String(repeating: "a", count: position)
                let after = String(repeating: "b", count: length - position - 1)
                let property = CalendarProperty.address("ATTENDEE", .mailto("x@example.org", commonName: before + special + after))
                let bytes = try Self.bytes(CalendarComponent(name: "VEVENT", properties: [property]))
                let wire = quoted ? "\"" + before + encoded + after + "\"" : before + encoded + after
                let lines = try #require(ContentLines.unfold(bytes))
                #expect(lines[1] == "ATTENDEE;CN=" + wire + ":mailto:x@example.org", "length \(length), position \(position)")
            }
        }
    }

    /// Multi-valued parameters quote each value on its own (§3.2.11 `MEMBER`).
    @Test func multiValuedParameter() throws {
        let property = CalendarProperty(
            name: "ATTENDEE", parameters: [CalendarParameter(name: "MEMBER", values: ["mailto:a@x.org", "mailto:b@x.org"])],
            value: "mailto:c@x.org"
        )
        var writer = CalendarWriter()
        try writer.write(property)
        #expect(Self.text(writer.bytes) == "ATTENDEE;MEMBER=\"mailto:a@x.org\",\"mailto:b@x.org\":mailto:c@x.org\r\n")
    }

    // MARK: Errors

    @Test func controlCharacterInValueSaysWhere() throws {
        var calendar = CalendarDocument(productID: "-//Parley//Test//EN")
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22))
        calendar.events = [
            CalendarEvent(uid: "ok", timestamp: Instant(secondsSinceEpoch: 0), start: .floating(start)),
            CalendarEvent(uid: "bad", timestamp: Instant(secondsSinceEpoch: 0), start: .floating(start), summary: "bell\u{7}"),
        ]
        let error = try #require(throws: CalendarWriteError.self) { try CalendarWriter.bytes(of: calendar) }
        #expect(error.path == ["VCALENDAR", "VEVENT #2", "SUMMARY"])
        #expect(error.reason == .controlCharacterInValue(byte: 7, offset: 4))
        #expect(error.description.hasPrefix("VCALENDAR > VEVENT #2 > SUMMARY: control character 0x7 at byte 5"))
    }

    @Test(arguments: ["", "X NAME", "DTSTART:", "ÄÖ"])
    func invalidNamesAreRejected(name: String) throws {
        let error = try #require(throws: CalendarWriteError.self) {
            try Self.bytes(CalendarComponent(name: "VEVENT", properties: [CalendarProperty(name: name, value: "x")]))
        }
        #expect(error.reason == .invalidName(name.uppercased()))
    }

    @Test func controlCharacterInParameterIsRejected() throws {
        let property = CalendarProperty(name: "ATTENDEE", parameters: [CalendarParameter("CN", "a\u{1}b")], value: "mailto:a@x.org")
        var writer = CalendarWriter()
        #expect(throws: CalendarWriteError(path: ["ATTENDEE"], reason: .controlCharacterInParameter(name: "CN", byte: 1))) {
            try writer.write(property)
        }
    }

    /// The SWAR scan finds a control byte at every position of a long buffer, and lets a tab through.
    @Test func controlByteScanFindsEveryPosition() {
        for position in 0..<40 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
            bytes[position] = 0x7F
            #expect(bytes.withUnsafeBufferPointer { ControlBytes.firstIndex(in: $0) } == position)
            bytes[position] = 0x09
            #expect(bytes.withUnsafeBufferPointer { ControlBytes.firstIndex(in: $0) } == nil)
            bytes[position] = 0x1F
            #expect(bytes.withUnsafeBufferPointer { ControlBytes.firstIndex(in: $0) } == position)
        }
        let high = [UInt8]("ꦗꦮ Москва 🇮🇩 ~".utf8)
        #expect(high.withUnsafeBufferPointer { ControlBytes.firstIndex(in: $0) } == nil)
    }

    // MARK: Values

    /// RFC 5545 §3.3.6 examples: `P15DT5H0M20S`, `P7W`; and the forms Parley uses.
    @Test(arguments: [
        (CalendarDuration(days: 15, hours: 5, seconds: 20), "P15DT5H0M20S"),
        (CalendarDuration(days: 49), "P7W"),
        (CalendarDuration(minutes: 15, isNegative: true), "-PT15M"),
        (CalendarDuration(days: 1, hours: 2), "P1DT2H"),
        (CalendarDuration(), "PT0S"),
        (CalendarDuration(seconds: 3601), "PT1H0M1S"),
        (CalendarDuration(days: 3), "P3D"),
    ])
    func durations(duration: CalendarDuration, wire: String) {
        #expect(duration.wireValue == wire)
    }

    /// §3.3.4, §3.3.5: the three DATE-TIME forms and DATE with VALUE=DATE.
    @Test func dateTimeForms() throws {
        let local = try #require(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10, minute: 5, second: 9))
        let properties: [CalendarProperty] = [
            .dateTime("DTSTART", .date(local.date)),
            .dateTime("DTSTART", .floating(local)),
            .dateTime("DTSTART", .utc(local)),
            .dateTime("DTSTART", .zoned(local, tzid: "Asia/Jakarta")),
            .utc("DTSTAMP", Instant(secondsSinceEpoch: 1_774_173_909)),
            .utcOffset("TZOFFSETTO", -12_600),
            .utcOffset("TZOFFSETTO", 0),
            .utcOffset("TZOFFSETTO", 4 * 3600 + 1_592),
        ]
        let bytes = try Self.bytes(CalendarComponent(name: "X-TEST", properties: properties))
        #expect(
            Self.text(bytes) == """
                BEGIN:X-TEST\r
                DTSTART;VALUE=DATE:20260322\r
                DTSTART:20260322T100509\r
                DTSTART:20260322T100509Z\r
                DTSTART;TZID=Asia/Jakarta:20260322T100509\r
                DTSTAMP:20260322T100509Z\r
                TZOFFSETTO:-0330\r
                TZOFFSETTO:+0000\r
                TZOFFSETTO:+042632\r
                END:X-TEST\r

                """)
    }

    // MARK: RFC 5545 examples

    /// RFC 5545 §3.6.1's first VEVENT example, written from the generic model, byte for byte.
    @Test func rfc5545EventExample() throws {
        let component = CalendarComponent(
            name: "VEVENT",
            properties: [
                CalendarProperty(name: "UID", value: "19970901T130000Z-123401@example.com"),
                CalendarProperty(name: "DTSTAMP", value: "19970901T130000Z"),
                CalendarProperty(name: "DTSTART", value: "19970903T163000Z"),
                CalendarProperty(name: "DTEND", value: "19970903T190000Z"),
                .text("SUMMARY", "Annual Employee Review"),
                CalendarProperty(name: "CLASS", value: "PRIVATE"),
                .textList("CATEGORIES", ["BUSINESS", "HUMAN RESOURCES"]),
            ]
        )
        let expected = [
            "BEGIN:VEVENT", "UID:19970901T130000Z-123401@example.com", "DTSTAMP:19970901T130000Z",
            "DTSTART:19970903T163000Z", "DTEND:19970903T190000Z", "SUMMARY:Annual Employee Review",
            "CLASS:PRIVATE", "CATEGORIES:BUSINESS,HUMAN RESOURCES", "END:VEVENT",
        ]
        #expect(Self.text(try Self.bytes(component)) == expected.map { $0 + "\r\n" }.joined())
    }

    /// RFC 5545 §3.6.6's audio alarm example (an absolute trigger repeated four times, 15 minutes apart).
    @Test func rfc5545AlarmExample() throws {
        var alarm = CalendarAlarm(action: .audio, trigger: .absolute(Instant(secondsSinceEpoch: 858_605_400)))
        alarm.repetition = .init(count: 4, interval: CalendarDuration(minutes: 15))
        let lines = try #require(ContentLines.unfold(try Self.bytes(alarm.component)))
        #expect(
            Set(lines) == [
                "BEGIN:VALARM", "TRIGGER;VALUE=DATE-TIME:19970317T133000Z", "REPEAT:4", "DURATION:PT15M", "ACTION:AUDIO", "END:VALARM",
            ]
        )
    }

    /// The same model gives the same bytes, run after run.
    @Test func outputIsDeterministic() throws {
        let first = try GoldenCalendarTests.consultations()
        let second = try GoldenCalendarTests.consultations()
        #expect(try CalendarWriter.bytes(of: first) == CalendarWriter.bytes(of: second))
    }
}
