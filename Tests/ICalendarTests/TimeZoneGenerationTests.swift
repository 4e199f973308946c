import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// Generated VTIMEZONEs, read back by the test's own evaluator, must give Foundation's offset
/// (ICU's tz data, the outside truth) for every hour of the years they cover.
@Suite struct TimeZoneGenerationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var zone: String
        var years: ClosedRange<Int>
        var testDescription: String { "\(zone) \(years)" }
    }

    static let cases: [Case] = [
        Case(zone: "Australia/Sydney", years: 2024...2027),
        Case(zone: "America/New_York", years: 2024...2027),
        Case(zone: "America/New_York", years: 2005...2009),
        Case(zone: "Europe/Moscow", years: 2010...2015),
        Case(zone: "Asia/Jakarta", years: 2020...2030),
        Case(zone: "Asia/Kolkata", years: 2020...2030),
        Case(zone: "Europe/London", years: 2020...2030),
        Case(zone: "America/Sao_Paulo", years: 2016...2021),
        Case(zone: "Asia/Tehran", years: 2019...2024),
        Case(zone: "Pacific/Chatham", years: 2025...2026),
        Case(zone: "UTC", years: 2026...2026),
        Case(zone: "America/Mexico_City", years: 2020...2026),
        Case(zone: "Australia/Lord_Howe", years: 2025...2027),
        Case(zone: "Europe/Dublin", years: 2024...2026),
        Case(zone: "Africa/Casablanca", years: 2024...2026),
        Case(zone: "America/Santiago", years: 2021...2026),
        Case(zone: "Asia/Gaza", years: 2022...2025),
        Case(zone: "Pacific/Apia", years: 2010...2022),
        Case(zone: "Europe/Kyiv", years: 1989...1993),
    ]

    /// The calendar a golden VTIMEZONE is written in: the zone plus one event at its span's start.
    static func calendar(_ testCase: Case) throws -> [UInt8] {
        let start = try #require(LocalDateTime(year: testCase.years.lowerBound, month: 6, day: 15, hour: 10))
        let end = try #require(start.adding(seconds: 7200))
        var calendar = CalendarDocument(productID: "-//Parley//Parley Tests//EN")
        calendar.events = [
            CalendarEvent(
                uid: "vtimezone-\(testCase.zone)-\(testCase.years.lowerBound)@parley.test",
                timestamp: Instant(secondsSinceEpoch: 1_767_225_600),
                start: .zoned(start, tzid: testCase.zone), end: .zoned(end, tzid: testCase.zone),
                summary: "Observances of \(testCase.zone)"
            )
        ]
        calendar.timeZones = [CalendarTimeZone(rules: try ZoneRules.named(testCase.zone), covering: testCase.years)]
        return try CalendarWriter.bytes(of: calendar)
    }

    @Test(arguments: cases)
    func everyHourMatchesFoundation(_ testCase: Case) throws {
        let bytes = try Self.calendar(testCase)
        InteropOutput.keep(
            bytes,
            as: "ICalendarTests-hourly-" + testCase.zone.replacingOccurrences(of: "/", with: "-")
                + "-\(testCase.years.lowerBound)-\(testCase.years.upperBound).ics")
        let lines = try #require(ContentLines.unfold(bytes))
        let evaluator = try ObservanceEvaluator(lines: lines, lastYear: testCase.years.upperBound + 1)
        let zone = try #require(TimeZone(identifier: testCase.zone))
        let start = Int64(CivilCalendar.days(year: testCase.years.lowerBound, month: 1, day: 1)) * 86_400
        let end = Int64(CivilCalendar.days(year: testCase.years.upperBound + 1, month: 1, day: 1)) * 86_400
        var mismatches: [String] = []
        var seconds = start
        while seconds < end {
            let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            let actual = evaluator.offset(at: seconds)
            if actual != expected, mismatches.count < 5 {
                mismatches.append("\(Instant(secondsSinceEpoch: seconds).date): VTIMEZONE says \(actual), Foundation \(expected)")
            }
            seconds += 3600
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(!lines.contains { $0.hasPrefix("RDATE") })
    }

    /// The project's own reader (``CalendarReader``, ``TimeZoneDefinition``) reads each generated
    /// VTIMEZONE back, without warnings, to Foundation's offsets for every hour of the span.
    @Test(arguments: cases)
    func readerReadsTheSameOffsets(_ testCase: Case) throws {
        let result = try CalendarReader().read(bytes: try Self.calendar(testCase))
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let definition = try #require(result.calendar?.components(named: "VTIMEZONE").first)
        let rules = try TimeZoneDefinition.rules(from: definition)
        let zone = try #require(TimeZone(identifier: testCase.zone))
        var seconds = Int64(CivilCalendar.days(year: testCase.years.lowerBound, month: 1, day: 1)) * 86_400
        let end = Int64(CivilCalendar.days(year: testCase.years.upperBound + 1, month: 1, day: 1)) * 86_400
        var mismatches: [String] = []
        while seconds < end {
            let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            let actual = rules.offset(at: Instant(secondsSinceEpoch: seconds))
            if actual != expected, mismatches.count < 5 { mismatches.append("\(seconds): reader \(actual), Foundation \(expected)") }
            seconds += 3600
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: [
        Case(zone: "Australia/Sydney", years: 2026...2027),
        Case(zone: "America/New_York", years: 2026...2027),
        Case(zone: "Europe/Moscow", years: 2010...2015),
        Case(zone: "Asia/Jakarta", years: 2026...2026),
        Case(zone: "Asia/Kolkata", years: 2026...2026),
    ])
    func goldenCalendars(_ testCase: Case) throws {
        let name =
            "vtimezone-" + testCase.zone.replacingOccurrences(of: "/", with: "-")
            + "-\(testCase.years.lowerBound)-\(testCase.years.upperBound).ics"
        let bytes = try Self.calendar(testCase)
        InteropOutput.keep(bytes, as: "ICalendarTests-" + name)
        Golden.expect(bytes, path: "Tests/ICalendarTests/Golden/" + name)
    }

    /// Zones without changes in the span get one STANDARD observance (the change that set
    /// today's offset: Jakarta 1964 to +07:00, Kolkata 1945 to +05:30).
    @Test(arguments: [("Asia/Jakarta", 7 * 3600), ("Asia/Kolkata", 19_800)])
    func zonesWithoutDaylightSavingHaveOneStandardObservance(zone: String, offset: Int) throws {
        let timeZone = CalendarTimeZone(rules: try ZoneRules.named(zone), covering: 2020...2030)
        #expect(timeZone.observances.count == 1)
        let observance = try #require(timeZone.observances.first)
        #expect(observance.kind == .standard)
        #expect(observance.offsetTo == offset)
        #expect(observance.rule == nil)
    }

    /// Europe/Moscow: +03/+04 yearly until 2010, permanent +04 from 2011-03-27 02:00, back to
    /// +03 on 2014-10-26 02:00 (Federal Laws 2011 and 248-FZ of 2014).
    @Test func moscowHistoryIsKept() throws {
        let timeZone = CalendarTimeZone(rules: try ZoneRules.named("Europe/Moscow"), covering: 2010...2015)
        let lines = timeZone.observances.map { "\($0.start) \($0.offsetFrom)->\($0.offsetTo) \($0.rule?.wireValue ?? "-")" }
        let march2011 = try #require(LocalDateTime(year: 2011, month: 3, day: 27, hour: 2))
        let october2014 = try #require(LocalDateTime(year: 2014, month: 10, day: 26, hour: 2))
        #expect(timeZone.observances.contains { $0.start == march2011 && $0.offsetFrom == 10_800 && $0.offsetTo == 14_400 }, "\(lines)")
        #expect(timeZone.observances.contains { $0.start == october2014 && $0.offsetFrom == 14_400 && $0.offsetTo == 10_800 }, "\(lines)")
        #expect(timeZone.observances.last?.rule == nil)
    }

    /// RFC 5545 §3.6.5, the America/New_York example: daylight time from the last Sunday of
    /// April 1967 until 1973 (`UNTIL=19730429T070000Z`), and the 2007 rules (2nd Sunday of
    /// March, 1st Sunday of November) with no end.
    @Test func newYorkMatchesRFC5545Example() throws {
        let rules = try ZoneRules.named("America/New_York")
        let sixties = CalendarTimeZone(rules: rules, covering: 1967...1972)
        let april = try #require(sixties.observances.first { $0.kind == .daylight })
        #expect(april.start == LocalDateTime(year: 1967, month: 4, day: 30, hour: 2))
        #expect(april.rule?.wireValue == "FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU;UNTIL=19730429T070000Z")
        #expect(april.offsetFrom == -18_000 && april.offsetTo == -14_400 && april.name == "EDT")

        let modern = CalendarTimeZone(rules: rules, covering: 2007...2026)
        let march = try #require(modern.observances.first { $0.kind == .daylight && $0.start.date.year == 2007 })
        #expect(march.start == LocalDateTime(year: 2007, month: 3, day: 11, hour: 2))
        #expect(march.rule?.wireValue == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        let november = try #require(modern.observances.first { $0.kind == .standard && $0.start.date.year == 2007 })
        #expect(november.start == LocalDateTime(year: 2007, month: 11, day: 4, hour: 2))
        #expect(november.rule?.wireValue == "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
        #expect(november.offsetFrom == -14_400 && november.offsetTo == -18_000 && november.name == "EST")
    }

    /// A document adds one VTIMEZONE per TZID used, sorted, and none for UTC or floating times.
    @Test func documentAddsTimeZonesForEveryTZID() throws {
        let stamp = Instant(secondsSinceEpoch: 1_767_225_600)
        let start = try #require(LocalDateTime(year: 2026, month: 3, day: 22, hour: 10))
        var calendar = CalendarDocument(productID: "-//Parley//Parley Tests//EN")
        calendar.events = [
            CalendarEvent(uid: "a", timestamp: stamp, start: .zoned(start, tzid: "Europe/Moscow")),
            CalendarEvent(uid: "b", timestamp: stamp, start: .zoned(start, tzid: "Asia/Jakarta"), end: .zoned(start, tzid: "Asia/Jakarta")),
            CalendarEvent(uid: "c", timestamp: stamp, start: .utc(start)),
        ]
        calendar.todos = [CalendarTodo(uid: "d", timestamp: stamp, due: .zoned(start, tzid: "Australia/Sydney"))]
        try calendar.addTimeZones()
        #expect(calendar.timeZones.map(\.identifier) == ["Asia/Jakarta", "Australia/Sydney", "Europe/Moscow"])
        calendar.events.append(CalendarEvent(uid: "e", timestamp: stamp, start: .zoned(start, tzid: "Asia/Jakrta")))
        #expect(throws: UnknownTimeZoneError.self) { try calendar.addTimeZones() }
    }
}
