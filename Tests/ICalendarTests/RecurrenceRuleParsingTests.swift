import CivilTime
import TestSupport
import Testing

@testable import ICalendar

/// RRULE text (RFC 5545 §3.3.10): canonical formatting, round trips and errors.
struct RecurrenceRuleParsingTests {
    @Test(arguments: [
        ("FREQ=DAILY;COUNT=10", "FREQ=DAILY;COUNT=10"),
        ("freq=weekly;byday=tu,th;wkst=su;until=19971007T000000Z", "FREQ=WEEKLY;UNTIL=19971007T000000Z;BYDAY=TU,TH;WKST=SU"),
        ("RRULE:FREQ=MONTHLY;BYDAY=+1SU,-1SU;INTERVAL=2;COUNT=10;", "FREQ=MONTHLY;COUNT=10;INTERVAL=2;BYDAY=1SU,-1SU"),
        ("FREQ=YEARLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"),
        (
            "FREQ=SECONDLY;BYSECOND=0,30;BYMINUTE=5;BYHOUR=1,2;BYYEARDAY=-1,100;BYWEEKNO=-53,1;BYSETPOS=-366,366;UNTIL=20260101",
            "FREQ=SECONDLY;UNTIL=20260101;BYSECOND=0,30;BYMINUTE=5;BYHOUR=1,2;BYYEARDAY=-1,100;BYWEEKNO=-53,1;BYSETPOS=-366,366"
        ),
        ("FREQ=DAILY;X-NAME=A,B;UNTIL=20260101T090000", "FREQ=DAILY;UNTIL=20260101T090000;X-NAME=A,B"),
    ])
    func canonicalForm(_ input: String, _ canonical: String) throws {
        let rule = try RecurrenceRule(parsing: input)
        #expect(rule.icalendarValue == canonical)
        #expect(try RecurrenceRule(parsing: rule.icalendarValue) == rule)
    }

    @Test(arguments: [
        ("COUNT=3", "FREQ", "missing"),
        ("FREQ=FORTNIGHTLY", "FREQ", "expected SECONDLY"),
        ("FREQ=DAILY;COUNT=0", "COUNT", "1…"),
        ("FREQ=DAILY;INTERVAL=-1", "INTERVAL", "whole number"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20260101", "COUNT", "must not both"),
        ("FREQ=DAILY;COUNT=3;COUNT=4", "COUNT", "given twice"),
        ("FREQ=DAILY;BYHOUR=24", "BYHOUR", "0…23"),
        ("FREQ=DAILY;BYMINUTE=60", "BYMINUTE", "0…59"),
        ("FREQ=DAILY;BYSECOND=61", "BYSECOND", "0…60"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY", "-31…-1"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY", "1…31"),
        ("FREQ=YEARLY;BYYEARDAY=367", "BYYEARDAY", "1…366"),
        ("FREQ=YEARLY;BYWEEKNO=54", "BYWEEKNO", "1…53"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH", "1…12"),
        ("FREQ=YEARLY;BYMONTH=1;BYSETPOS=0", "BYSETPOS", "1…366"),
        ("FREQ=MONTHLY;BYDAY=MX", "BYDAY", "weekdays like MO"),
        ("FREQ=MONTHLY;BYDAY=0MO", "BYDAY", "ordinal"),
        ("FREQ=MONTHLY;BYDAY=54MO", "BYDAY", "ordinal"),
        ("FREQ=DAILY;WKST=XX", "WKST", "expected MO"),
        ("FREQ=DAILY;UNTIL=2026-01-01", "UNTIL", "expected a DATE"),
        ("FREQ=DAILY;BYMONT=1", "BYMONT", "did you mean BYMONTH"),
        ("FREQ=DAILY;COUNT", "COUNT", "NAME=VALUE"),
        ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", "BYDAY", "MUST NOT"),
    ])
    func errorNamesThePart(_ input: String, _ part: String, _ fragment: String) {
        #expect {
            try RecurrenceRule(parsing: input)
        } throws: { error in
            guard let error = error as? RecurrenceRuleError else { return false }
            return error.part == part && error.message.contains(fragment)
        }
    }

    @Test func errorColumnPointsAtThePart() throws {
        let error = try #require(throws: RecurrenceRuleError.self) { try RecurrenceRule(parsing: "FREQ=DAILY;BYHOUR=25") }
        #expect(error.column == 12)
    }

    @Test(arguments: [
        ("FREQ=WEEKLY;BYDAY=1MO", "ordinal"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY"),
        ("FREQ=MONTHLY;BYYEARDAY=1", "BYYEARDAY"),
        ("FREQ=MONTHLY;BYWEEKNO=1", "BYWEEKNO"),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS"),
    ])
    func conformanceWarnings(_ input: String, _ fragment: String) throws {
        let warnings = try RecurrenceRule(parsing: input).conformanceWarnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(fragment) == true)
    }

    /// Seeded random rules: formatting then parsing gives the same rule back.
    @Test func randomRulesRoundTrip() throws {
        let seed: UInt64 = 0x5545
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            var rule = RecurrenceRule(frequency: RecurrenceFrequency.allCases.randomElement(using: &generator) ?? .daily)
            rule.interval = Int.random(in: 1...5, using: &generator)
            if Bool.random(using: &generator) { rule.count = Int.random(in: 1...99, using: &generator) }
            rule.byMonthDay = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                Int.random(in: 1...31, using: &generator) * (Bool.random(using: &generator) ? 1 : -1)
            }
            rule.byDay = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                RecurrenceWeekday(
                    Weekday.allCases.randomElement(using: &generator) ?? .monday,
                    ordinal: Bool.random(using: &generator) ? Int.random(in: -5...5, using: &generator).nonZero : nil)
            }
            rule.bySetPosition = Bool.random(using: &generator) ? [Int.random(in: -3...3, using: &generator).nonZero ?? 1] : []
            rule.weekStart = Bool.random(using: &generator) ? Weekday.allCases.randomElement(using: &generator) : nil
            let text = rule.icalendarValue
            let parsed = try RecurrenceRule(parsing: text)
            #expect(parsed == rule, "seed \(seed): \(text)")
        }
    }
}

extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}
