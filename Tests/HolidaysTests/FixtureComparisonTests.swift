import CivilTime
import Foundation
import Holidays
import Testing

/// Every country-year 2015–2030 against python-holidays 0.109 (the committed fixture).
///
/// Full-fidelity calendars must agree day for day, except for the committed known differences
/// (`Fixtures/known-differences.tsv`, each with its official source) and estimated dates one
/// day apart on both sides. The other countries must keep at least their recorded agreement.
@Suite struct FixtureComparisonTests {
    static let years = 2015...2030

    struct Comparison {
        let total: Int
        let unexplained: [String]
        /// Known differences listed for this calendar that no longer differ.
        let stale: [String]
        var matching: Int { total - mismatches }
        let mismatches: Int
    }

    static func compare(_ calendar: PythonHolidaysFixture.Calendar) throws -> Comparison {
        let fixture = PythonHolidaysFixture.shared
        let ours = try CountryCalendar(calendar.country, subdivision: calendar.subdivision)
        let expected = fixture.daysOff(calendar)
        var actual: [String: [Holiday]] = [:]
        for year in years {
            // python-holidays lists public holidays, and a government closure only where it
            // counts it as one (Argentina's bridge days): a closure is never an extra day. Nor
            // does it list decree-made days beyond the last decree (Parley estimates Indonesia's
            // collective leave and Russia's 31 December transfer).
            let decreeMade: Set<HolidayKind> = [.collectiveLeave, .transfer]
            for holiday in ours.daysOff(in: year)
            where (holiday.kind != .closure || expected[holiday.date.iso] != nil)
                && !(holiday.isEstimated && decreeMade.contains(holiday.kind))
            {
                actual[holiday.date.iso, default: []].append(holiday)
            }
        }
        let known = KnownDifferences.shared.entries(for: calendar)
        func neighbours(_ iso: String) -> [String] {
            guard let date = ISO8601.date(iso) else { return [] }
            return [-1, 1].compactMap { date.adding(days: $0)?.iso }
        }
        var unexplained: [String] = []
        let missing = Set(expected.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(expected.keys).sorted()
        for date in missing where !known.contains("\(date) missing") {
            let estimated = expected[date]?.allSatisfy(\.estimated) ?? false
            let ourNeighbour = neighbours(date).contains { actual[$0]?.contains(where: \.isEstimated) ?? false }
            if !(estimated && ourNeighbour) { unexplained.append("\(calendar) \(date) missing \(expected[date]?.map(\.name) ?? [])") }
        }
        for date in extra where !known.contains("\(date) extra") {
            let estimated = actual[date]?.allSatisfy(\.isEstimated) ?? false
            let theirNeighbour = neighbours(date).contains { expected[$0]?.contains(where: \.estimated) ?? false }
            if !(estimated && theirNeighbour) { unexplained.append("\(calendar) \(date) extra \(actual[date]?.map(\.name) ?? [])") }
        }
        let total = Set(expected.keys).union(actual.keys).count
        let differing = Set(missing.map { "\($0) missing" } + extra.map { "\($0) extra" })
        return Comparison(
            total: total, unexplained: unexplained, stale: known.subtracting(differing).sorted(),
            mismatches: missing.count + extra.count)
    }

    static let fullFidelity = PythonHolidaysFixture.shared.calendars.filter {
        [
            "ID", "RU", "AU", "IN", "SG", "US", "GB", "DE", "FR", "BR", "JP", "PH", "ZA",
            "AT", "BE", "CA", "CH", "EE", "IT", "MX", "NL", "NO", "NZ", "PL", "SE",
            "AR", "BD", "EG", "ES", "IE", "IL", "KZ", "PK", "PT", "UA",
            "BN", "KH", "LA", "MM", "TL", "PG", "FJ", "DK",
        ].contains($0.country)
    }

    @Test(arguments: fullFidelity)
    func agreesDayForDay(_ calendar: PythonHolidaysFixture.Calendar) throws {
        let comparison = try Self.compare(calendar)
        #expect(comparison.total >= 4 * Self.years.count)
        #expect(comparison.unexplained == [], "\(comparison.matching)/\(comparison.total) days agree")
        #expect(comparison.stale == [], "known differences that no longer differ")
    }

    /// Main-holiday countries: the agreement floor recorded when they were added (days matching
    /// / days in either calendar, 2015–2030). Differences are lunar sighting dates and yearly Eid
    /// breaks (SA, AE), substitute days for Awal Muharram (MY), bridge days python-holidays
    /// projects beyond the last State Council notice (CN), one-off Cabinet decisions (TH, VN) and
    /// the remaining Korean differences (KR), the Diyanet calendar a day off Umm al-Qura in
    /// 2015–2016 (TR) and yearly Amiri Eid breaks (QA).
    static let floors: [(String, Double)] = [
        ("AE", 0.80), ("CN", 0.95), ("KR", 0.96), ("MY", 0.93), ("QA", 0.93), ("SA", 0.89), ("TH", 0.99), ("TR", 0.97),
        ("VN", 0.99),
    ]

    @Test(arguments: floors)
    func keepsAgreementFloor(_ country: String, _ floor: Double) throws {
        let comparison = try Self.compare(.init(country: country, subdivision: nil))
        let agreement = Double(comparison.matching) / Double(max(1, comparison.total))
        #expect(agreement >= floor, "\(country): \(comparison.matching)/\(comparison.total); \(comparison.unexplained.prefix(5))")
    }

    /// The overall agreement over every calendar is the figure README.md gives ("14697 of 14863
    /// days"); a change to it must change the README too. With `PARLEY_HOLIDAYS_REPORT=path`,
    /// also writes the agreement per calendar and every difference, for reviewing a regenerated fixture.
    @Test func overallAgreementIsTheReadmeFigure() throws {
        var report = ""
        var matching = 0
        var total = 0
        for calendar in PythonHolidaysFixture.shared.calendars {
            let comparison = try Self.compare(calendar)
            matching += comparison.matching
            total += comparison.total
            report += "\(calendar)\t\(comparison.matching)/\(comparison.total)\n"
            for line in comparison.unexplained { report += "  \(line)\n" }
        }
        #expect(matching == 14697 && total == 14863, "\(matching) of \(total) days agree; README.md says 14697 of 14863")
        if let path = ProcessInfo.processInfo.environment["PARLEY_HOLIDAYS_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func fixtureCoversEveryCountryAndState() {
        let calendars = Set(PythonHolidaysFixture.shared.calendars.map(\.description))
        #expect(calendars.count == 68)
        // python-holidays has no organisation calendars; OrganisationTests checks them against their lists.
        for country in Country.all where !country.isOrganisation {
            #expect(calendars.contains(country.code), "\(country.code)")
            // python-holidays has no municipal calendars; MadridCityTests checks ES-MAD.
            for subdivision in country.subdivisions where "\(country.code)-\(subdivision.code)" != "ES-MAD" {
                #expect(calendars.contains("\(country.code)-\(subdivision.code)"))
            }
        }
        for state in ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"] { #expect(calendars.contains("AU-\(state)")) }
        for capital in ["MY-14", "IN-DL"] { #expect(calendars.contains(capital)) }
    }
}

/// `Fixtures/known-differences.tsv`.
struct KnownDifferences {
    let rows: [String: Set<String>]

    static let shared: KnownDifferences = {
        guard let url = Bundle.module.url(forResource: "known-differences", withExtension: "tsv", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return KnownDifferences(rows: [:]) }
        var rows: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5, !fields[4].isEmpty else { continue }
            let key = fields[1] == "-" ? fields[0] : "\(fields[0])-\(fields[1])"
            rows[key, default: []].insert("\(fields[2]) \(fields[3])")
        }
        return KnownDifferences(rows: rows)
    }()

    func entries(for calendar: PythonHolidaysFixture.Calendar) -> Set<String> { rows[calendar.description] ?? [] }
}
