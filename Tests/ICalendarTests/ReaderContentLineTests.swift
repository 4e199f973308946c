import CivilTime
import TestSupport
import Testing

@testable import ICalendar

/// Content lines, unfolding, parameters and TEXT (RFC 5545 §3.1, §3.2, §3.3.11; RFC 6868).
struct ReaderContentLineTests {
    static func read(_ lines: [String], separator: String = "\r\n") throws -> CalendarReadResult {
        try CalendarReader().read(lines.joined(separator: separator) + separator)
    }

    /// The eight-bytes-a-step ASCII test against asking every byte, on slices of every length up
    /// to 40 at every offset of a buffer, with one byte at or above 0x80 at each place in turn.
    @Test func asciiTestAgreesWithEveryByte() {
        var generator = SeededGenerator(seed: 5545)
        let plain = (0..<64).map { _ in UInt8.random(in: 0..<0x80, using: &generator) }
        var disagreements: [String] = []
        for high in [nil, 0x80, 0xC3, 0xFF] as [UInt8?] {
            for place in 0..<64 where high != nil || place == 0 {
                var bytes = plain
                if let high { bytes[place] = high }
                for start in 0..<16 {
                    for end in start...min(64, start + 40) {
                        let ascii = bytes.withUnsafeBufferPointer { ContentLine.isASCII($0[start..<end]) }
                        if ascii != bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
                            disagreements.append("\(String(describing: high)) at \(place), \(start)..<\(end)")
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The 32-bytes-a-step LF count against counting byte by byte, on slices of every length up
    /// to 100 at every offset, with LFs and their neighbours (0x0B, 0x8A, 0x09, 0xFF) placed at
    /// random: a carry from one byte into the next would count a neighbour.
    @Test func lineFeedCountAgreesWithEveryByte() {
        var generator = SeededGenerator(seed: 5546)
        var disagreements: [String] = []
        for round in 0..<50 {
            let bytes =
                (0..<128).map { _ in [0x0A, 0x0A, 0x0B, 0x8A, 0x09, 0xFF, 0x00, 0x41].randomElement(using: &generator) ?? 0 } as [UInt8]
            for start in 0..<16 {
                for end in start...min(128, start + 100) {
                    let slice = bytes[start..<end]
                    if ContentLine.lineFeedCount(slice) != slice.filter({ $0 == 0x0A }).count {
                        disagreements.append("round \(round), \(start)..<\(end)")
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The reader's byte match of the names expansion reads against ``ExpansionLines/names``:
    /// each name in any case, and every spelling one byte away from one (changed, dropped or
    /// added at any place) recognised exactly when it is itself one of the names.
    @Test func expansionLineNamesAreRecognisedExactly() {
        let names = Set(ExpansionLines.names)
        var spellings: Set<String> = ["", "SUMMARY", "DESCRIPTION", "LOCATION", "X-UID", "BEGIN", "END"]
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0")
        for name in names {
            let characters = Array(name)
            spellings.formUnion([
                name, name.lowercased(),
                String(characters.enumerated().map { $0.offset % 2 == 0 ? $0.element : Character($0.element.lowercased()) }),
            ])
            for place in 0...characters.count {
                if place < characters.count {
                    spellings.insert(String(characters[..<place] + characters[(place + 1)...]))
                    for letter in alphabet { spellings.insert(String(characters[..<place] + [letter] + characters[(place + 1)...])) }
                }
                for letter in alphabet { spellings.insert(String(characters[..<place] + [letter] + characters[place...])) }
            }
        }
        let wrong = spellings.filter { spelling in
            Array(spelling.utf8).withUnsafeBufferPointer { ExpansionLines.name(of: $0[...]) }
                != (names.contains(spelling.uppercased()) ? spelling.uppercased() : nil)
        }
        #expect(wrong.isEmpty, "\(wrong.sorted().prefix(5))")
    }

    @Test func unfoldsAndKeepsLineNumbers() throws {
        let result = try Self.read([
            "BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:A long sum", " mary that was", "\tfolded", "DESCRIPTION:x", "END:VEVENT",
            "END:VCALENDAR",
        ])
        let event = try #require(result.calendar?.components.first)
        #expect(event.line == 2)
        #expect(event.property("SUMMARY")?.value == "A long summary that wasfolded")
        #expect(event.property("SUMMARY")?.line == 3)
        #expect(event.property("DESCRIPTION")?.line == 6)
        #expect(result.warnings.isEmpty)
    }

    @Test func bareLineFeedsAreReadWithOneWarning() throws {
        let result = try Self.read(["BEGIN:VCALENDAR", "X-A:1", "X-B:2", "END:VCALENDAR"], separator: "\n")
        #expect(result.calendar?.properties.count == 2)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.contains("bare LF") == true)
        #expect(result.warnings.first?.line == 1)
    }

    @Test func parametersQuotedListsAndCarets() throws {
        let result = try Self.read([
            "BEGIN:VCALENDAR",
            #"attendee;member="mailto:a@x.org","mailto:b@x.org";cn="Doe; John: ^'JD^'";x-note=line^nbreak^^:mailto:jd@x.org"#,
            "END:VCALENDAR",
        ])
        let property = try #require(result.calendar?.properties.first)
        #expect(property.name == "ATTENDEE")
        #expect(property.parameter("MEMBER")?.values == ["mailto:a@x.org", "mailto:b@x.org"])
        #expect(property.parameter("cn")?.value == "Doe; John: \"JD\"")
        #expect(property.parameter("X-NOTE")?.value == "line\nbreak^")
        #expect(property.value == "mailto:jd@x.org")
    }

    @Test(arguments: [
        (#"a\,b\;c\\d\ne\Nf"#, "a,b;c\\d\ne\nf"),
        (#"keep \: as is"#, #"keep \: as is"#),
        (#"trailing\"#, #"trailing\"#),
        ("plain", "plain"),
    ])
    func textUnescaping(_ wire: String, _ text: String) {
        #expect(CalendarProperty(name: "DESCRIPTION", value: wire).textValue == text)
    }

    @Test func textLists() {
        #expect(CalendarProperty(name: "CATEGORIES", value: #"A\,B,C,,D"#).textValues == ["A,B", "C", "", "D"])
    }

    @Test func nestedComponentsToAnyDepth() throws {
        let depth = 40
        let lines = (0..<depth).map { "BEGIN:X-L\($0)" } + ["X-LEAF:1"] + (0..<depth).reversed().map { "END:X-L\($0)" }
        let result = try Self.read(lines)
        var node = try #require(result.components.first)
        for level in 1..<depth {
            node = try #require(node.components.first)
            #expect(node.name == "X-L\(level)")
        }
        #expect(node.property("X-LEAF")?.value == "1")
    }

    @Test(arguments: [
        ("DTSTART;VALUE=DATE:20260322", CalendarDateTime.date(LocalDate(year: 2026, month: 3, day: 22)!)),
        ("DTSTART:20260322", .date(LocalDate(year: 2026, month: 3, day: 22)!)),
        ("DTSTART:20260322T100000Z", .utc(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!)),
        ("DTSTART:20260322T100000", .floating(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!)),
        (
            "DTSTART;TZID=Asia/Jakarta:20260322T100000",
            .zoned(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!, tzid: "Asia/Jakarta")
        ),
    ])
    func dateTimeValues(_ line: String, _ expected: CalendarDateTime) throws {
        let result = try Self.read(["BEGIN:VCALENDAR", line, "END:VCALENDAR"])
        #expect(result.calendar?.properties.first?.dateTimeValue == expected)
    }

    /// Lists (RFC 5545 §3.8.5.1–2): items split on commas, spaces around them ignored, a
    /// PERIOD read as its start, `VALUE=date` in any case.
    @Test(arguments: [
        (
            "EXDATE;TZID=Asia/Jakarta:20260322T100000,20260323T113000",
            [
                CalendarDateTime.zoned(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!, tzid: "Asia/Jakarta"),
                .zoned(LocalDateTime(year: 2026, month: 3, day: 23, hour: 11, minute: 30)!, tzid: "Asia/Jakarta"),
            ]
        ),
        (
            "EXDATE;value=date:20260322, 20260401",
            [
                .date(LocalDate(year: 2026, month: 3, day: 22)!), .date(LocalDate(year: 2026, month: 4, day: 1)!),
            ]
        ),
        (
            "RDATE;VALUE=PERIOD:20260322T100000Z/PT1H,20260323T100000Z/20260323T120000Z",
            [
                .utc(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!),
                .utc(LocalDateTime(year: 2026, month: 3, day: 23, hour: 10)!),
            ]
        ),
        ("RDATE:20260322t100000z", [.utc(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10)!)]),
        ("RDATE:20261231T235960", [.floating(LocalDateTime(year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59)!)]),
    ])
    func dateTimeLists(_ line: String, _ expected: [CalendarDateTime]) throws {
        let result = try Self.read(["BEGIN:VCALENDAR", line, "END:VCALENDAR"])
        #expect(result.calendar?.properties.first?.dateTimeValues == expected)
    }

    @Test(arguments: [
        "DTSTART:2026032", "DTSTART:20260230", "DTSTART:20260322T1000", "DTSTART:20260322X100000", "DTSTART:20260322T250000",
        "DTSTART:+0260322", "DTSTART:2026032２",
    ])
    func badDateTimes(_ line: String) throws {
        let result = try Self.read(["BEGIN:VCALENDAR", line, "END:VCALENDAR"])
        #expect(result.calendar?.properties.first?.dateTimeValues == nil)
    }

    @Test func eightDigitDateWithoutValueDateIsAWarning() throws {
        let result = try Self.read([
            "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "DTSTART:20260322", "END:VEVENT", "END:VCALENDAR",
        ])
        let events = CalendarEvents(calendar: try #require(result.calendar))
        #expect(events.diagnostics.contains { $0.severity == .warning && $0.line == 4 && $0.message.contains("VALUE=DATE") })
        #expect(try events.allOccurrences().map(\.start.iso8601) == ["2026-03-22"])
    }

    @Test(arguments: [
        ("P1W", 7, 0), ("-PT15M", 0, -900), ("P1DT2H3M4S", 1, 7384), ("+P2D", 2, 0), ("PT0S", 0, 0),
        ("pt1h30m", 0, 5400), ("P2W3D", 17, 0), ("PT999999999S", 0, 999_999_999), ("-P1DT1S", -1, -1),
    ])
    func durations(_ text: String, _ days: Int, _ seconds: Int) throws {
        let duration = try #require(CalendarDuration(parsing: text))
        #expect(duration == CalendarDuration(days: days, seconds: seconds, isNegative: days < 0 || seconds < 0))
        #expect(CalendarDuration(parsing: duration.wireValue) == duration)
    }

    @Test(arguments: ["P", "PT", "1D", "P1H", "PT1D", "P1DT", "PXD", "P-1D", "PT1000000000S", "P1D2", "PTT1H", "P1DT1H1", "P1Ｄ", "-", ""])
    func badDurations(_ text: String) {
        #expect(CalendarDuration(parsing: text) == nil)
    }
}
