import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// `busy` against an imported calendar whose expansion RFC 5545 fixes: a weekly RRULE with
/// COUNT (§3.3.10), an EXDATE removing one instance (§3.8.5.1), an override moving another
/// (RECURRENCE-ID, §3.8.4.4), a TRANSP:TRANSPARENT event that blocks nothing (§3.8.2.7), an
/// all-day event (VALUE=DATE) on the person's own clock, and a late-evening Jakarta event
/// that falls on the day after a Moscow round in absolute time.
@Suite struct BusyRuleTests {
    static let calendar = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Parley//tests//EN\r
        BEGIN:VEVENT\r
        UID:cabinet@example.org\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Asia/Jakarta:20270302T100000\r
        DTEND;TZID=Asia/Jakarta:20270302T120000\r
        RRULE:FREQ=WEEKLY;COUNT=4\r
        EXDATE;TZID=Asia/Jakarta:20270316T100000\r
        SUMMARY:Cabinet meeting\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:cabinet@example.org\r
        DTSTAMP:20260101T000000Z\r
        RECURRENCE-ID;TZID=Asia/Jakarta:20270323T100000\r
        DTSTART;TZID=Asia/Jakarta:20270324T140000\r
        DTEND;TZID=Asia/Jakarta:20270324T160000\r
        SUMMARY:Cabinet meeting (moved)\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:reminder@example.org\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Asia/Jakarta:20270406T100000\r
        DTEND;TZID=Asia/Jakarta:20270406T110000\r
        TRANSP:TRANSPARENT\r
        SUMMARY:Reading time\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:leave@example.org\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20270413\r
        DTEND;VALUE=DATE:20270414\r
        SUMMARY:Leave\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:late@example.org\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Asia/Jakarta:20270428T050000\r
        DTEND;TZID=Asia/Jakarta:20270428T060000\r
        SUMMARY:Early call\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
        venue jakarta "Jakarta" in ID
        venue moscow "Moscow" in RU
        person id-deputy "Deputy Minister" of ID
          busy from "calendars/id-deputy.ics"
        dialogue d "D"
          partners ID RU
          travel 0 days
          delegates id-deputy
          round 1 on 2027-03-09 at jakarta planned
          round 2 on 2027-03-16 at jakarta planned
          round 3 on 2027-03-23 at jakarta planned
          round 4 on 2027-03-24 at jakarta planned
          round 5 on 2027-04-06 at jakarta planned
          round 6 on 2027-04-13 at jakarta planned
          round 7 on 2027-04-27 at moscow planned
          round 8 on 2027-04-29 at jakarta planned

        """

    static func check(_ files: [String: String]) -> (LoadedPlan, CheckResult) {
        let reader = MemoryPlanReader(files)
        let loaded = Resolver.load(["plans/plan.parley"], reader: reader)
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        return (loaded, Checker.check(loaded, options: CheckOptions(today: today, reader: reader)))
    }

    @Test func firesOnBusyInstancesOnly() {
        let (loaded, result) = Self.check(["plans/plan.parley": Self.plan, "plans/calendars/id-deputy.ics": Self.calendar])
        #expect(loaded.findings.isEmpty)
        let busy = result.findings.filter { $0.code == .busy }
        // Rounds 1 (weekly instance), 4 (the override) and 6 (all-day leave); not 2 (EXDATE),
        // 3 (moved away), 5 (transparent), 7 (05:00 Jakarta is after Moscow's day ends) or 8.
        #expect(busy.map(\.location.line) == [13, 16, 18], "\(busy.map(\.message))")
        #expect(
            busy.first?.message
                == "id-deputy is busy during round 1 of d (2027-03-09): \"Cabinet meeting\" at 2027-03-09T10:00:00+07:00 (plans/calendars/id-deputy.ics line 4)"
        )
        #expect(busy.first?.notes.first?.location.file == "plans/calendars/id-deputy.ics")
    }

    @Test func withoutAReaderCalendarsAreSkipped() {
        let reader = MemoryPlanReader(["plans/plan.parley": Self.plan])
        let loaded = Resolver.load(["plans/plan.parley"], reader: reader)
        let result = Checker.check(loaded, options: CheckOptions(today: LocalDate(year: 2026, month: 6, day: 1) ?? .minimum))
        #expect(!result.findings.contains { $0.code == .busy || $0.code == .input })
    }

    @Test func aMissingCalendarIsAnInputError() {
        let (_, result) = Self.check(["plans/plan.parley": Self.plan])
        let input = result.findings.filter { $0.code == .input }
        #expect(input.map(\.message) == ["cannot read id-deputy's busy calendar plans/calendars/id-deputy.ics: no such file"])
        #expect(input.first?.location.line == 7)
        #expect(result.hasInputErrors)
    }

    @Test func aMalformedCalendarPointsAtItsLine() {
        let broken = Self.calendar.replacingOccurrences(of: "DTSTART;VALUE=DATE:20270413", with: "DTSTART;VALUE=DATE")
        let (_, result) = Self.check(["plans/plan.parley": Self.plan, "plans/calendars/id-deputy.ics": broken])
        let input = result.findings.filter { $0.code == .input }
        #expect(input.first?.location.file == "plans/calendars/id-deputy.ics")
        // The broken line (32) is skipped with a warning; the event, left without DTSTART, is
        // reported at its BEGIN:VEVENT.
        #expect(input.first?.location.line == 29)
        #expect(input.first?.message.contains("DTSTART") == true, "\(input.map(\.message))")
    }
}
