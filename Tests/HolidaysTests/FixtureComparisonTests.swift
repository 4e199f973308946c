import CivilTime
import Foundation
import Holidays
import Testing

/// Compares every country-year 2015–2030 with python-holidays 0.109.
@Suite struct FixtureComparisonTests {
    static let years = 2015...2030

    @Test func dump() throws {
        let fixture = PythonHolidaysFixture.shared
        #expect(fixture.rows.count > 6000)
        var report = ""
        for calendar in fixture.calendars {
            let ours = try CountryCalendar(calendar.country, subdivision: calendar.subdivision)
            let expected = fixture.daysOff(calendar)
            var actual: [String: [Holiday]] = [:]
            for year in Self.years { for h in ours.daysOff(in: year) { actual[h.date.iso, default: []].append(h) } }
            let missing = Set(expected.keys).subtracting(actual.keys).sorted()
            let extra = Set(actual.keys).subtracting(expected.keys).sorted()
            let total = Set(expected.keys).union(actual.keys).count
            report += "\(calendar) match \(total - missing.count - extra.count)/\(total)\n"
            for d in missing { report += "  missing \(d) \(expected[d]?.map { $0.name + ($0.estimated ? "*" : "") } ?? [])\n" }
            for d in extra { report += "  extra \(d) \(actual[d]?.map { $0.name + ($0.isEstimated ? "*" : "") } ?? [])\n" }
        }
        try report.write(toFile: "/tmp/holidays-diff.txt", atomically: true, encoding: .utf8)
    }
}
