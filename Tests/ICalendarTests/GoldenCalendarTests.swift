import CivilTime
import TestSupport
import Testing

@testable import ICalendar

/// A realistic published feed, compared byte for byte with its golden file.
@Suite struct GoldenCalendarTests {
    static func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) throws -> LocalDateTime {
        try #require(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    /// Indonesia–Russia consultations: zoned rounds in Jakarta and Moscow (across Moscow's 2011
    /// and 2014 changes), an all-day CERT workshop, a UTC video call, a floating reminder, a
    /// yearly recurring review, a to-do with an e-mail alarm, and texts that need folding and escaping.
    static func consultations() throws -> CalendarDocument {
        let stamp = Instant(secondsSinceEpoch: 1_767_225_600)
        let organizer = CalendarAddress.mailto("bilateral.desk@example.go.id", commonName: "Bilateral Desk, Kemlu RI")
        let deputyID = CalendarAddress.mailto(
            "deputy@example.go.id", commonName: "Deputy Minister; Coordinating Ministry for Political, Legal and Security Affairs",
            parameters: [CalendarParameter("ROLE", "REQ-PARTICIPANT"), CalendarParameter("PARTSTAT", "ACCEPTED")]
        )
        let deputyRU = CalendarAddress.mailto(
            "deputy@example.gov.ru", commonName: "Заместитель секретаря Совета Безопасности",
            parameters: [CalendarParameter("RSVP", "TRUE")])
        var calendar = CalendarDocument(
            productID: "-//Parley//Parley 1.0//EN",
            otherProperties: [.text("X-WR-CALNAME", "Indonesia–Russia: international information security")]
        )
        calendar.events = [
            CalendarEvent(
                uid: "id-ru-iis-1@parley.example", timestamp: stamp,
                start: .zoned(try local(2010, 3, 22, 9), tzid: "Asia/Jakarta"),
                end: .zoned(try local(2010, 3, 23, 17), tzid: "Asia/Jakarta"),
                summary: "Indonesia–Russia consultations on international information security, round 1",
                description:
                    "Basis: MoU between the Security Council of the Russian Federation and the Coordinating Ministry for Political, Legal and Security Affairs; host: Jakarta.\nVenue: Hotel Sari Pan Pacific, Jl. M.H. Thamrin 6.",
                location: "Jakarta, Hotel Sari Pan Pacific", categories: ["Dialogue", "Cyber; ICT"], status: .confirmed, sequence: 0,
                organizer: organizer, attendees: [deputyID, deputyRU],
                alarms: [.display(before: CalendarDuration(days: 1), description: "Round 1 tomorrow: check the delegation list")]
            ),
            CalendarEvent(
                uid: "id-ru-iis-2@parley.example", timestamp: stamp,
                start: .zoned(try local(2011, 4, 12, 10), tzid: "Europe/Moscow"),
                end: .zoned(try local(2011, 4, 13, 18), tzid: "Europe/Moscow"),
                summary: "Консультации Индонезия–Россия по международной информационной безопасности, раунд 2",
                description:
                    "Место: Москва, Смоленская-Сенная площадь, 32/34. Повестка: 1) итоги раунда 1; 2) CERT-сотрудничество, обмен опытом.",
                location: "Москва", status: .confirmed, sequence: 2, organizer: organizer
            ),
            CalendarEvent(
                uid: "id-ru-iis-5@parley.example", timestamp: stamp,
                start: .zoned(try local(2014, 11, 4, 10), tzid: "Europe/Moscow"), duration: CalendarDuration(hours: 6),
                summary: "Round 5 (after the 2014 clock change) 🇮🇩🤝🇷🇺", status: .tentative
            ),
            CalendarEvent(
                uid: "id-ru-cert-1@parley.example", timestamp: stamp,
                start: .date(try #require(LocalDate(year: 2012, month: 9, day: 10))),
                end: .date(try #require(LocalDate(year: 2012, month: 9, day: 13))),
                summary: "Lokakarya CERT / ꦭꦺꦴꦏꦏꦂꦪ CERT / ورشة عمل", description: "Three days, all-day; Bandung."
            ),
            CalendarEvent(
                uid: "id-ru-call-1@parley.example", timestamp: stamp,
                start: .utc(try local(2013, 2, 5, 7)), end: .utc(try local(2013, 2, 5, 8, 30)),
                summary: "Video call, sherpas", location: "https://meet.example.org/id-ru?x=1,2;y=3"
            ),
            CalendarEvent(
                uid: "id-ru-review@parley.example", timestamp: stamp,
                start: .zoned(try local(2010, 12, 1, 14), tzid: "Asia/Jakarta"),
                end: .zoned(try local(2010, 12, 1, 15), tzid: "Asia/Jakarta"),
                recurrenceRule: "FREQ=YEARLY;COUNT=5", summary: "Annual review of the MoU\\implementation"
            ),
        ]
        calendar.todos = [
            CalendarTodo(
                uid: "id-ru-todo-1@parley.example", timestamp: stamp, due: .floating(try local(2011, 3, 1, 17)),
                summary: "Send the draft agenda to Moscow", priority: 1, status: .needsAction,
                alarms: [
                    .email(
                        before: CalendarDuration(hours: 2), summary: "Agenda due", description: "The draft agenda is due at 17:00.",
                        to: [organizer])
                ]
            )
        ]
        try calendar.addTimeZones()
        return calendar
    }

    @Test func consultationsFeed() throws {
        let bytes = try CalendarWriter.bytes(of: try Self.consultations())
        InteropOutput.keep(bytes, as: "ICalendarTests-consultations.ics")
        Golden.expect(bytes, path: "Tests/ICalendarTests/Golden/consultations.ics")
    }

    /// Every physical line of the feed is CRLF-terminated and at most 75 octets.
    @Test func consultationsFeedLines() throws {
        let bytes = try CalendarWriter.bytes(of: try Self.consultations())
        let lines = try #require(ContentLines.physicalLines(bytes))
        #expect(lines.allSatisfy { $0.count <= 75 })
        let unfolded = try #require(ContentLines.unfold(bytes))
        #expect(Array(unfolded.prefix(4)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parley//Parley 1.0//EN", "CALSCALE:GREGORIAN"])
        // No METHOD: a plain calendar file may carry ATTENDEEs; RFC 5546 forbids them under PUBLISH.
        #expect(!unfolded.contains { $0.hasPrefix("METHOD:") })
        #expect(unfolded.filter { $0 == "BEGIN:VTIMEZONE" }.count == 2)
    }
}
