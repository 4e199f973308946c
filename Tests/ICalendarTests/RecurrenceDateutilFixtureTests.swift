import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// Differential tests against python-dateutil: 650 seeded random rules over every rule part,
/// starting in Asia/Jakarta, Europe/Moscow, Asia/Kolkata, Australia/Sydney and
/// America/New_York (a fifth of them at wall-clock times next to a DST change), captured by
/// `Tests/Fixtures/generate_dateutil_rrule_fixture.py` into `Fixtures/dateutil-rrule.json`.
/// Each occurrence must match in wall-clock time and in instant.
struct RecurrenceDateutilFixtureTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let rule: String
        let start: String
        let tzid: String
        let expected: [String]
        /// For rules of a kind where dateutil reads RFC 5545 differently: which reading. Where
        /// the engine then differs from dateutil it must give the RFC's answer instead, from
        /// ``RecurrenceReference``.
        let difference: String?
        var testDescription: String { "\(tzid) \(start) \(rule)" }
    }

    struct Fixture: Decodable {
        let cases: [Case]
    }

    static func load(_ name: String) -> [Case] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
        else { return [] }
        return fixture.cases
    }

    static let cases = load("dateutil-rrule")

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count >= 500)
    }

    @Test(arguments: cases)
    func matchesDateutil(_ fixture: Case) throws {
        let zone = try ZoneRules.named(fixture.tzid)
        let expected = try fixture.expected.map { try #require(ISOStamp(parsing: $0)) }
        if fixture.difference != nil {
            guard let rule = try? RecurrenceRule(parsing: fixture.rule) else {
                // A numbered BYDAY with YEARLY and BYWEEKNO: refused, or read without the number.
                var warnings: [RecurrenceRuleError] = []
                _ = try RecurrenceRule(parsing: fixture.rule, warnings: &warnings)
                #expect(warnings.map(\.part) == ["BYDAY"])
                return
            }
            guard case .floating(let start)? = DateTimeText.value(Substring(fixture.start)) else {
                throw RecurrenceTestSupport.Unreadable()
            }
            let actual = try? RecurrenceTestSupport.expand(
                fixture.rule, start: fixture.start, tzid: fixture.tzid, prefix: fixture.expected.count, cap: fixture.expected.count)
            guard actual != expected.map(\.local) else { return }
            let rfc = RecurrenceReference(rule: rule, start: start, zone: zone).instances(limit: fixture.expected.count, periods: 40).values
            // The reference walks 40 periods: compare the instances it reaches.
            #expect(Array((actual ?? []).prefix(rfc.count)) == rfc, "\(fixture.difference ?? "")")
            return
        }
        let actual = try RecurrenceTestSupport.expand(
            fixture.rule, start: fixture.start, tzid: fixture.tzid, prefix: fixture.expected.count, cap: fixture.expected.count)
        #expect(actual.map { $0 } == expected.map(\.local))
        // CivilTime's zone tables stop at ZoneRules.coveredYears (to 2400; the last offset holds
        // after it), while Python's zoneinfo extends the rules forever: compare instants there.
        let covered = { (local: LocalDateTime) in ZoneRules.coveredYears.contains(local.date.year) }
        #expect(actual.filter(covered).map { zone.instant(for: $0) } == expected.filter { covered($0.local) }.map(\.instant))
    }
}

/// An ISO 8601 extended date-time with offset, as Python's `isoformat()` writes it.
struct ISOStamp: Equatable {
    let local: LocalDateTime
    let offset: Int

    init?(parsing text: String) {
        let fields = text.split(whereSeparator: { "-T:+".contains($0) }).compactMap { Int($0) }
        guard fields.count == 8,
            let local = LocalDateTime(
                year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4], second: fields[5])
        else { return nil }
        let sign = text.dropFirst(19).hasPrefix("-") ? -1 : 1
        self.local = local
        offset = sign * (fields[6] * 3600 + fields[7] * 60)
    }

    var instant: Instant { Instant(secondsSinceEpoch: local.secondsSinceEpoch - Int64(offset)) }
}
