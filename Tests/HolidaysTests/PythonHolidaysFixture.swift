import CivilTime
import Foundation
import Holidays

/// The days off python-holidays 0.109 reports (Tests/Fixtures/holidays/generate_fixtures.py),
/// read from the committed fixture.
struct PythonHolidaysFixture {
    struct Row: Hashable {
        let country: String
        let subdivision: String?
        let date: String
        let kind: String
        let estimated: Bool
        let name: String
    }

    let rows: [Row]

    static let shared: PythonHolidaysFixture = {
        guard let url = Bundle.module.url(forResource: "python-holidays", withExtension: "tsv", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return PythonHolidaysFixture(rows: []) }
        let rows = text.split(separator: "\n").compactMap { line -> Row? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6 else { return nil }
            return Row(
                country: fields[0], subdivision: fields[1] == "-" ? nil : fields[1], date: fields[2],
                kind: fields[3], estimated: fields[4] == "1", name: fields[5])
        }
        return PythonHolidaysFixture(rows: rows)
    }()

    /// Calendars present in the fixture: country and optional subdivision.
    var calendars: [Calendar] {
        Set(rows.map { Calendar(country: $0.country, subdivision: $0.subdivision) }).sorted()
    }

    struct Calendar: Hashable, Comparable, CustomStringConvertible, Sendable {
        let country: String
        let subdivision: String?
        static func < (lhs: Calendar, rhs: Calendar) -> Bool { lhs.description < rhs.description }
        var description: String { subdivision.map { "\(country)-\($0)" } ?? country }
    }

    /// Days off (any kind but working days) by ISO date.
    func daysOff(_ calendar: Calendar) -> [String: [Row]] {
        Dictionary(
            grouping: rows.filter {
                $0.country == calendar.country && $0.subdivision == calendar.subdivision && $0.kind != "working-day"
            }, by: \.date)
    }

    /// Weekend days decreed working days.
    func workingDays(_ calendar: Calendar) -> Set<String> {
        Set(
            rows.filter { $0.country == calendar.country && $0.subdivision == calendar.subdivision && $0.kind == "working-day" }
                .map(\.date))
    }
}

extension LocalDate {
    /// `YYYY-MM-DD`.
    var iso: String { ISO8601.format(self) }
}
