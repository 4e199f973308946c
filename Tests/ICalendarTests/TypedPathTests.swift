import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// The writer encodes typed events straight into its buffer; those bytes must equal the
/// bytes of the generic component tree, and the streamed file must equal the in-memory bytes.
@Suite struct TypedPathTests {
    @Test func typedEventsWriteLikeTheirGenericComponents() throws {
        let calendar = try GoldenCalendarTests.consultations()
        var generic = CalendarWriter()
        try generic.write(calendar.component)
        #expect(try CalendarWriter.bytes(of: calendar) == generic.bytes)
    }

    /// Both paths report a control character at the same place, counting escaped octets.
    @Test(arguments: ["a,b\u{1}c", "\u{7F}", "line\r\nbreak;\u{0}"])
    func typedAndGenericPathsReportTheSameError(summary: String) throws {
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22))
        let event = CalendarEvent(uid: "x", timestamp: Instant(secondsSinceEpoch: 0), start: .floating(start), summary: summary)
        var typed = CalendarWriter()
        var generic = CalendarWriter()
        let typedError = try #require(throws: CalendarWriteError.self) { try typed.write(event) }
        let genericError = try #require(throws: CalendarWriteError.self) { try generic.write(event.component) }
        #expect(typedError == genericError)
        #expect(typedError.path == ["VEVENT", "SUMMARY"])
    }

    /// Escapes and multi-byte characters at every distance from the fold: the typed path
    /// (escaping and folding in one pass, sixteen octets at a time) gives the generic path's
    /// bytes, unfolding and unescaping gives the text back, and every fold is as late as
    /// §3.1 allows: a line is folded only when the character after it (or the next octet of
    /// an escape) would make it longer than 75 octets.
    @Test(arguments: ["\\", ";", ",", "\n", "\r\n", "\r", "\t", "д", "ꦗ", "🇮🇩", "a"])
    func escapesAtEveryDistanceFromTheFold(special: String) throws {
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22))
        for shift in 0..<90 {
            for gap in [0, 1, 7, 15, 16, 17, 40] {
                let filler = shift % 3 == 0 ? "x" : shift % 3 == 1 ? "ж" : "ꦏ"
                let text =
                    String(repeating: "x", count: shift) + special + String(repeating: filler, count: gap) + special + special
                    + String(repeating: "y", count: 100 - gap) + special
                let event = CalendarEvent(uid: "x", timestamp: Instant(secondsSinceEpoch: 0), start: .floating(start), summary: text)
                var typed = CalendarWriter()
                var generic = CalendarWriter()
                try typed.write(event)
                try generic.write(event.component)
                #expect(typed.bytes == generic.bytes, "shift \(shift), gap \(gap)")
                let physical = try #require(ContentLines.physicalLines(typed.bytes))
                for index in physical.indices.dropLast() where physical[index + 1].first == 32 {
                    let next = physical[index + 1].dropFirst()
                    let lead = try #require(next.first)
                    let unit = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                    #expect(
                        physical[index].count <= 75 && physical[index].count + unit > 75, "shift \(shift), gap \(gap), line \(index + 1)")
                }
                let lines = try #require(ContentLines.unfold(typed.bytes))
                let summary = try #require(lines.compactMap(ContentLines.parse).first { $0.name == "SUMMARY" })
                let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                #expect(ContentLines.unescapeText(summary.value) == expected)
            }
        }
    }

    /// Lists, addresses and durations (encoded in place on the typed path) give the generic bytes.
    @Test(arguments: [
        CalendarDuration(), CalendarDuration(days: 14), CalendarDuration(days: 15, hours: 2),
        CalendarDuration(minutes: 15, isNegative: true),
        CalendarDuration(hours: 1, seconds: 5), CalendarDuration(days: 1, minutes: 90, seconds: 1), CalendarDuration(seconds: 59),
    ])
    func listsAddressesAndDurationsWriteLikeTheirGenericComponents(duration: CalendarDuration) throws {
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10))
        let event = CalendarEvent(
            uid: "x", timestamp: Instant(secondsSinceEpoch: 0), start: .zoned(start, tzid: "Asia/Jakarta"), duration: duration,
            categories: ["Dialogue", "a,b;c\\d", "Консультации по международной информационной безопасности — ꦗꦏꦂꦠ 🇮🇩🤝🇷🇺", ""],
            organizer: .mailto("desk@example.go.id", commonName: "Bilateral Desk, Kemlu RI"),
            attendees: [
                .mailto(
                    "deputy@example.ru", commonName: "Deputy \"Minister\"\nРоссия",
                    parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT")]),
                CalendarAddress(uri: "mailto:plain@example.org"),
            ],
            alarms: [
                .display(before: duration, description: "Reminder"),
                .email(before: duration, summary: "s", description: "d", to: [.mailto("a@x.org")]),
            ]
        )
        var typed = CalendarWriter()
        var generic = CalendarWriter()
        try typed.write(event)
        try generic.write(event.component)
        #expect(typed.bytes == generic.bytes)
    }

    /// A control character in a later category or in a `CN` is reported as the generic path does.
    @Test(arguments: [(["ok", "a,b\u{1}"], "CN"), (["ok"], "bad\u{7}")])
    func listAndAddressErrorsMatchTheGenericPath(categories: [String], commonName: String) throws {
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22))
        let event = CalendarEvent(
            uid: "x", timestamp: Instant(secondsSinceEpoch: 0), start: .floating(start), categories: categories,
            organizer: .mailto("desk@example.go.id", commonName: commonName)
        )
        var typed = CalendarWriter()
        var generic = CalendarWriter()
        let typedError = try #require(throws: CalendarWriteError.self) { try typed.write(event) }
        let genericError = try #require(throws: CalendarWriteError.self) { try generic.write(event.component) }
        #expect(typedError == genericError)
    }

    /// A VTODO with its e-mail alarm, line by line (RFC 5545 §3.6.2, §3.6.6).
    @Test func todoWithEmailAlarm() throws {
        let due = try #require(LocalDateTime(year: 2026, month: 3, day: 1, hour: 17))
        let todo = CalendarTodo(
            uid: "todo-1@parley.example", timestamp: Instant(secondsSinceEpoch: 1_767_225_600), due: .zoned(due, tzid: "Asia/Jakarta"),
            summary: "Send the draft agenda", priority: 1, status: .needsAction,
            alarms: [
                .email(
                    before: CalendarDuration(hours: 2), summary: "Agenda due", description: "Due at 17:00",
                    to: [.mailto("desk@example.go.id")])
            ]
        )
        let lines = try #require(ContentLines.unfold(try WriterTests.bytes(todo.component)))
        #expect(
            lines == [
                "BEGIN:VTODO", "UID:todo-1@parley.example", "DTSTAMP:20260101T000000Z", "DUE;TZID=Asia/Jakarta:20260301T170000",
                "PRIORITY:1", "STATUS:NEEDS-ACTION", "SUMMARY:Send the draft agenda",
                "BEGIN:VALARM", "ACTION:EMAIL", "TRIGGER:-PT2H", "SUMMARY:Agenda due", "DESCRIPTION:Due at 17:00",
                "ATTENDEE:mailto:desk@example.go.id", "END:VALARM", "END:VTODO",
            ])
    }
}
