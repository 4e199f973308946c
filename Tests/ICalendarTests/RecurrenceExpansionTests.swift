import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// Recurrence sets, DST gaps, windows, search limits and errors.
struct RecurrenceExpansionTests {
    static func local(_ text: String) -> LocalDateTime? {
        guard case .floating(let value)? = DateTimeText.value(Substring(text)) else { return nil }
        return value
    }

    /// The documented choice: a start in a DST gap is shifted forward by the gap and counted.
    @Test func dstGapInstanceIsShiftedAndCounted() throws {
        let zone = try ZoneRules.named("America/New_York")
        let start = try #require(Self.local("20260307T023000"))
        let set = RecurrenceSet(
            start: .zoned(start, tzid: zone.identifier), rules: [try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=3")], zone: zone)
        var iterator = try set.makeIterator()
        var values: [RecurrenceInstance] = []
        while let next = try iterator.next() { values.append(next) }
        #expect(values.map(\.iso8601) == ["2026-03-07T02:30:00-05:00", "2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00"])
        #expect(values[1].local == Self.local("20260308T023000"))
    }

    /// A repeated hour (clocks back) takes the first of its two instants (RFC 5545 §3.3.5).
    @Test func repeatedHourTakesTheFirstInstant() throws {
        let zone = try ZoneRules.named("Australia/Sydney")
        var iterator = try RecurrenceSet(
            start: .zoned(try #require(Self.local("20260404T023000")), tzid: zone.identifier),
            rules: [try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=2")], zone: zone
        ).makeIterator()
        #expect(try iterator.next()?.iso8601 == "2026-04-04T02:30:00+11:00")
        #expect(try iterator.next()?.iso8601 == "2026-04-05T02:30:00+11:00")
    }

    @Test func setAddsDTSTARTAndRDATEsRemovesEXDATEsOnce() throws {
        let start = try #require(Self.local("20260105T090000"))
        let set = RecurrenceSet(
            start: .floating(start),
            rules: [try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;COUNT=3")],
            dates: [.floating(try #require(Self.local("20260106T090000"))), .floating(try #require(Self.local("20260201T120000")))],
            exclusions: [.floating(try #require(Self.local("20260113T090000")))]
        )
        var iterator = try set.makeIterator()
        var values: [String] = []
        while let next = try iterator.next() { values.append(next.iso8601) }
        #expect(values == ["2026-01-05T09:00:00", "2026-01-06T09:00:00", "2026-01-20T09:00:00", "2026-02-01T12:00:00"])
    }

    @Test func dateExclusionRemovesTheWholeDay() throws {
        let set = RecurrenceSet(
            start: .floating(try #require(Self.local("20260101T080000"))),
            rules: [try RecurrenceRule(parsing: "FREQ=DAILY;BYHOUR=8,17;COUNT=4")],
            exclusions: [.date(try #require(LocalDate(year: 2026, month: 1, day: 1)))]
        )
        var iterator = try set.makeIterator()
        var values: [String] = []
        while let next = try iterator.next() { values.append(next.iso8601) }
        #expect(values == ["2026-01-02T08:00:00", "2026-01-02T17:00:00"])
    }

    @Test(
        arguments: [
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11",
            "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=31",
            "FREQ=DAILY;BYYEARDAY=367",
            "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6",
            "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30",
        ].filter { (try? RecurrenceRule(parsing: $0)) != nil })
    func neverYieldingRulesEndWithTheSearchLimit(_ text: String) throws {
        var iterator = try RecurrenceRule(parsing: text).expansion(from: .floating(try #require(Self.local("20260101T000000"))))
        let error = try #require(throws: RecurrenceError.self) { _ = try iterator.next() }
        #expect(error.code == .searchLimitExceeded)
        #expect(error.message.contains("400"))
    }

    /// February 29 every 400 years still yields (the limit is 400 empty periods, not years).
    @Test func rareButRealRuleIsNotCutOff() throws {
        var iterator = try RecurrenceRule(parsing: "FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29")
            .expansion(from: .floating(try #require(Self.local("21000101T000000"))))
        #expect(try iterator.next() == Self.local("24000229T000000"))
        #expect(try iterator.next() == Self.local("28000229T000000"))
    }

    @Test func unreachableTimeValueIsAnError() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=HOURLY;INTERVAL=2;BYHOUR=3")
        let error = try #require(throws: RecurrenceError.self) {
            _ = try rule.expansion(from: .floating(try #require(Self.local("20260101T000000"))))
        }
        #expect(error.code == .unreachable)
    }

    /// Skipping to a window gives exactly the unskipped sequence from that point, for every
    /// unbounded rule of the dateutil fixture shapes (COUNT removed), at several targets.
    @Test func skippingTowardAWindowLosesNothing() throws {
        let seed: UInt64 = 42
        var generator = SeededGenerator(seed: seed)
        for fixture in RecurrenceDateutilFixtureTests.cases.prefix(300) {
            var rule = try RecurrenceRule(parsing: fixture.rule)
            rule.count = nil
            rule.until = nil
            let start = try #require(Self.local(fixture.start))
            let zone = try ZoneRules.named(fixture.tzid)
            var plain = try rule.expansion(from: .zoned(start, tzid: fixture.tzid), zone: zone)
            var reference: [LocalDateTime] = []
            while reference.count < 40, let next = try plain.next() { reference.append(next) }
            guard reference.count > 2 else { continue }
            let target = reference[Int.random(in: 1..<reference.count, using: &generator)]
            var skipped = try rule.expansion(from: .zoned(start, tzid: fixture.tzid), zone: zone)
            skipped.skip(toward: target)
            let expected = reference.filter { $0 >= target }
            var actual: [LocalDateTime] = []
            while actual.count < expected.count, let next = try skipped.next() {
                if next >= target { actual.append(next) }
            }
            #expect(actual == expected, "seed \(seed): \(fixture.rule) from \(fixture.start) toward \(target)")
        }
    }

    /// `FREQ=SECONDLY` over a century: a one-minute window costs one minute of work.
    @Test func secondlyOverACenturyIsWindowed() throws {
        var iterator = try RecurrenceRule(parsing: "FREQ=SECONDLY;INTERVAL=7")
            .expansion(from: .floating(try #require(Self.local("20000101T000000"))))
        let target = try #require(Self.local("21000101T000000"))
        iterator.skip(toward: target)
        var first: LocalDateTime?
        while let next = try iterator.next() {
            if next >= target {
                first = next
                break
            }
        }
        let value = try #require(first)
        // 3,155,760,000 seconds from 2000 to 2100 is 450,822,857 steps of 7 plus 1 second: the
        // next start is 6 seconds into 2100.
        #expect(value == Self.local("21000101T000006"))
    }

    @Test func eventWindowWithCountIsBounded() throws {
        let text =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=2000000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        var events = CalendarEvents(calendar: try #require(try CalendarReader().read(text).calendar))
        events.maximumInstancesPerWindow = 50_000
        let from = Instant(secondsSinceEpoch: 4_102_444_800)
        let error = try #require(throws: RecurrenceError.self) { _ = try events.occurrences(from: from, to: from.adding(seconds: 60)) }
        #expect(error.code == .windowTooFar)
    }
}
