import CivilTime
import Testing

@testable import ICalendar

/// The readings of RFC 5545 §3.3.10 where python-dateutil differs (README "RFC 5545 over
/// python-dateutil"), each with dates worked out by hand from the RFC text.
struct RecurrenceRFCReadingTests {
    static func starts(_ rule: String, _ start: String, prefix: Int = 10) throws -> [String] {
        try RecurrenceTestSupport.expand(rule, start: start, tzid: nil, prefix: prefix).map { RecurrenceRule.format($0) }
    }

    /// "Information, not contained in the rule … derived from DTSTART": 2026-01-06 is a
    /// Tuesday, so week 20 gives its Tuesday (weeks from Monday 2026-01-05).
    @Test func weekNumberWithoutWeekdayTakesDTSTARTsWeekday() throws {
        #expect(try Self.starts("FREQ=YEARLY;BYWEEKNO=20;COUNT=2", "20260106T090000") == ["20260512T090000", "20270518T090000"])
    }

    /// The week's set is Mon 5, Wed 7, Fri 9 January 2026; its first (Monday 5th) is before
    /// DTSTART, so the first instance is Monday 12th.
    @Test func setPositionCountsTheWholeWeek() throws {
        #expect(
            try Self.starts("FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1;COUNT=2", "20260107T100000") == ["20260112T100000", "20260119T100000"])
        // With WKST=WE the week runs Wednesday to Tuesday: its first day is DTSTART itself.
        #expect(
            try Self.starts("FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1;WKST=WE;COUNT=2", "20260107T100000") == [
                "20260107T100000", "20260114T100000",
            ])
    }

    /// The last weekday of January 2026 is Friday 30th, of February Friday 27th: a start on
    /// the 31st (a Saturday) comes after January's.
    @Test func setPositionCountsTheWholeMonth() throws {
        #expect(
            try Self.starts("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=2", "20260131T090000") == [
                "20260227T090000", "20260331T090000",
            ])
    }

    /// 1 January 2020 is a Wednesday in a leap year and 1 January 2026 a Thursday: both years
    /// have a week 53 (to Sunday 3 January 2021 and 2027); 2022 and 2024 have none.
    @Test func weekFiftyThreeWithInterval() throws {
        #expect(
            try Self.starts("FREQ=YEARLY;INTERVAL=2;BYWEEKNO=53;BYDAY=FR;COUNT=2", "20200103T090000") == [
                "20210101T090000", "20270101T090000",
            ])
        // With WKST=SU weeks start on Sunday: 2022 begins on a Saturday, so its week 1 starts
        // Sunday 2022-01-02 and Saturday 1 January belongs to 2021's last week.
        #expect(
            try Self.starts("FREQ=YEARLY;BYWEEKNO=1;BYDAY=SA;WKST=SU;COUNT=2", "20210601T090000") == ["20220108T090000", "20230107T090000"])
    }

    @Test func numberedWeekdayWithWeekNumberIsRejected() throws {
        #expect(
            throws: RecurrenceRuleError(
                part: "BYDAY", message: "a numbered weekday (like 1MO) MUST NOT be used with FREQ=YEARLY and BYWEEKNO (RFC 5545 §3.3.10)",
                column: 25)
        ) {
            try RecurrenceRule(parsing: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO,TU")
        }
        // A MONTHLY rule may number its weekdays; BYWEEKNO there is only a conformance warning.
        #expect(try RecurrenceRule(parsing: "FREQ=YEARLY;BYDAY=1MO").byDay == [RecurrenceWeekday(.monday, ordinal: 1)])
    }

    @Test func lenientParsingDropsTheNumberWithAWarning() throws {
        var warnings: [RecurrenceRuleError] = []
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO,TU", warnings: &warnings)
        #expect(rule.byDay == [RecurrenceWeekday(.monday), RecurrenceWeekday(.tuesday)])
        #expect(warnings.map(\.column) == [25])
        #expect(warnings.first?.part == "BYDAY")
        var none: [RecurrenceRuleError] = []
        _ = try RecurrenceRule(parsing: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", warnings: &none)
        #expect(none.isEmpty)
    }
}
