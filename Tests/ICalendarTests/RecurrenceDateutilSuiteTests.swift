import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// The hand-written expectations of python-dateutil's own `tests/test_rrule.py` (210 distinct
/// bounded rules with floating starts), converted by
/// `Tests/Fixtures/convert_dateutil_test_suite.py` into `Fixtures/dateutil-test-suite.json`.
struct RecurrenceDateutilSuiteTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let rule: String
        let start: String
        let expected: [String]
        /// As in ``RecurrenceDateutilFixtureTests/Case/difference``.
        let difference: String?
        var testDescription: String { "\(start) \(rule)" }
    }

    struct Fixture: Decodable {
        let cases: [Case]
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "dateutil-test-suite", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
        else { return [] }
        return fixture.cases
    }()

    @Test func fixtureIsPresent() {
        #expect(Self.cases.count >= 200)
    }

    @Test(arguments: cases)
    func matchesDateutilSuite(_ fixture: Case) throws {
        let actual = try? RecurrenceTestSupport.expand(fixture.rule, start: fixture.start, tzid: nil, prefix: 0, cap: 10_000)
        if fixture.difference != nil, actual.map({ $0.map { RecurrenceRule.format($0) } }) != fixture.expected {
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
            let rfc = RecurrenceReference(rule: rule, start: start, zone: nil).instances(limit: 10_000, periods: 40).values
            // The reference walks 40 periods: compare the instances it reaches.
            #expect(Array((actual ?? []).prefix(rfc.count)) == rfc, "\(fixture.difference ?? "")")
            return
        }
        #expect(try #require(actual).map { RecurrenceRule.format($0) } == fixture.expected)
    }
}
