import CivilTime
import Testing

@testable import ParleyKit

/// `holiday`, `weekend` and `observance` against the built-in calendars. Dates are those of
/// the decrees and statutes the `Holidays` target cites: Indonesia's 2027 Nyepi (03-08) and
/// Pancasila Day (06-01), Russia's 2027 International Women's Day (03-08) and its working
/// Saturday 2027-02-20 (government resolution moving the day off to 02-22), the ACT's
/// Reconciliation Day (first Monday on or after 27 May: 2027-05-31), Yom Kippur 2026
/// (2026-09-21) and Orthodox Great Lent 2026 (2026-02-23..2026-04-11).
@Suite struct CalendarRulesTests {
    typealias Case = ConflictRuleCase
    static let file = Case.file

    static func series(_ partners: String, _ rules: String, _ round: String, extra: String = "") -> [String: String] {
        ["a.parley": file("dialogue a \"A\"\n  partners \(partners)\n  \(rules)\n  round 1 on \(round) planned\n" + extra)]
    }

    static let cases: [Case] = [
        Case(
            name: "Nyepi and Women's Day: one finding per country", code: .holiday,
            files: series("ID RU", "avoid holidays", "2027-03-08 at jakarta"), expected: ["a.parley:5", "a.parley:5"]),
        Case(name: "an ordinary Tuesday", code: .holiday, files: series("ID RU", "avoid holidays", "2027-03-02 at jakarta"), expected: []),
        Case(
            name: "a series that does not avoid holidays", code: .holiday,
            files: series("ID RU", "avoid weekends", "2027-03-08 at jakarta"), expected: []),
        Case(
            name: "the host's holiday counts", code: .holiday, files: series("RU AU", "avoid holidays", "2027-06-01 at jakarta"),
            expected: ["a.parley:5"]),
        Case(
            name: "a virtual round has no host", code: .holiday, files: series("RU AU", "avoid holidays", "2027-06-01 virtual"),
            expected: []),
        Case(
            name: "an estimated Eid is a warning", code: .holiday, files: series("ID RU", "avoid holidays", "2027-03-10 at moscow"),
            expected: ["a.parley:5"], severity: .warning),
        Case(
            name: "soft makes a warning", code: .holiday, files: series("ID RU", "avoid holidays soft", "2027-06-01 at moscow"),
            expected: ["a.parley:5"], severity: .warning),
        Case(
            name: "ACT's Reconciliation Day needs the subdivision", code: .holiday,
            files: [
                "a.parley":
                    "country AU \"Australia\"\n  timezone Australia/Sydney\n  subdivision ACT\ncountry ID \"Indonesia\"\n  timezone Asia/Jakarta\ndialogue a \"A\"\n  partners ID AU\n  avoid holidays\n  round 1 on 2027-05-31 virtual planned\n"
            ],
            expected: ["a.parley:9"]),
        Case(
            name: "without the subdivision, Reconciliation Day is a working day", code: .holiday,
            files: [
                "a.parley":
                    "country AU \"Australia\"\n  timezone Australia/Sydney\ncountry ID \"Indonesia\"\n  timezone Asia/Jakarta\ndialogue a \"A\"\n  partners ID AU\n  avoid holidays\n  round 1 on 2027-05-31 virtual planned\n"
            ],
            expected: []),
        Case(
            name: "an acknowledged holiday is a note", code: .holiday,
            files: series(
                "ID RU", "avoid holidays", "2027-06-01 at moscow",
                extra: "    acknowledge holiday \"Pancasila\" because \"Indonesia's delegation agreed\"\n"),
            expected: ["a.parley:5"], severity: .note),
        Case(
            name: "Russia's working Saturday is not its weekend", code: .weekend,
            files: series("ID RU", "avoid weekends", "2027-02-20 at moscow"), expected: ["a.parley:5"]),
        Case(
            name: "an ordinary Saturday is everyone's weekend, in one finding", code: .weekend,
            files: series("ID RU", "avoid weekends", "2027-02-27 at moscow"), expected: ["a.parley:5"]),
        Case(
            name: "a Friday–Saturday weekend", code: .weekend,
            files: [
                "a.parley":
                    "country SA \"Saudi Arabia\"\n  timezone Asia/Riyadh\n  weekend fri sat\ncountry ID \"Indonesia\"\n  timezone Asia/Jakarta\ndialogue a \"A\"\n  partners ID SA\n  avoid weekends soft\n  round 1 on 2026-10-09 virtual planned\n  round 2 on 2026-10-11 virtual planned\n"
            ],
            expected: ["a.parley:9", "a.parley:10"], severity: .warning),
        Case(name: "weekdays only", code: .weekend, files: series("ID RU", "avoid weekends", "2027-02-22 at jakarta"), expected: []),
        Case(
            name: "Yom Kippur is a UN observance", code: .observance, files: series("ID RU", "avoid un-observances", "2026-09-21 virtual"),
            expected: ["a.parley:5"]),
        Case(
            name: "the day before Yom Kippur", code: .observance, files: series("ID RU", "avoid un-observances", "2026-09-20 virtual"),
            expected: []),
        Case(
            name: "Great Lent as Russia keeps it", code: .observance,
            files: series("RU AU", "avoid observance lent soft", "2026-04-07 virtual"), expected: ["a.parley:5"], severity: .warning),
        Case(
            name: "after Lent in both", code: .observance, files: series("RU AU", "avoid observance lent", "2026-04-13 virtual"),
            expected: []),
        Case(
            name: "Ramadan in Indonesia", code: .observance, files: series("ID AU", "avoid ramadan", "2026-03-02 virtual"),
            expected: ["a.parley:5"]),
    ]

    @Test(arguments: cases) func firesExactlyWhereExpected(_ item: Case) {
        let (loaded, result) = item.run()
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let mine = result.findings.filter { $0.code == item.code }
        #expect(mine.map { "\($0.location.file):\($0.location.line)" } == item.expected, "\(mine.map(\.message))")
        #expect(mine.allSatisfy { $0.severity == item.severity }, "\(mine.map(\.message))")
    }

    @Test func weekendNamesTheCountryThatRests() throws {
        let item = Case(name: "", code: .weekend, files: Self.series("ID RU", "avoid weekends", "2027-02-20 at moscow"), expected: [])
        let finding = try #require(item.run().1.findings.first { $0.code == .weekend })
        #expect(finding.message == "round 1 of a (2027-02-20): Saturday 2027-02-20 is a weekend day in ID")
        // Only weekends are avoided: Friday 02-19 (one day before) beats Monday 02-22 (two after).
        #expect(finding.suggestion?.date == LocalDate(year: 2027, month: 2, day: 19))
    }

    @Test func holidaySuggestionClearsHolidaysAndWeekends() throws {
        let item = Case(
            name: "", code: .holiday, files: Self.series("ID RU", "avoid holidays\n  avoid weekends", "2027-03-08 at jakarta"), expected: []
        )
        let finding = try #require(item.run().1.findings.first { $0.code == .holiday && $0.message.contains("ID (Indonesia)") })
        #expect(
            finding.message == "round 1 of a (2027-03-08) falls on a day off in ID (Indonesia): 2027-03-08 Day of Silence (public holiday)")
        // 03-09 collective leave, 03-10/11 Eid (estimated), 03-12 leave, 03-13/14 weekend,
        // 03-15 leave, 03-16 next to nothing estimated: clean. Before: 03-05 (Fri) is clean.
        #expect(finding.suggestion?.message.contains("2027-03-05 before, 2027-03-16 after") == true)
    }
}
