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
        let actual = try RecurrenceTestSupport.expand(fixture.rule, start: fixture.start, tzid: nil, prefix: 0, cap: 10_000)
        #expect(actual.map { RecurrenceRule.format($0) } == fixture.expected)
    }
}
