import CivilTime
import Testing

@testable import ParleyKit

/// `double-booked`, `venue`, `travel` and `hours`: where each must fire and where it must
/// stay quiet, across two files, a DST change and the date line, with a person who hosts one
/// round and is a guest at another. Time-zone facts (offsets on those days) are the IANA
/// database's: Moscow UTC+3; Jakarta UTC+7; Sydney UTC+11 until 2026-04-05 03:00, then
/// UTC+10; Auckland UTC+13 in March; Honolulu UTC−10.
@Suite struct ConflictRulesTests {
    typealias Case = ConflictRuleCase
    static let file = Case.file

    static let cases: [Case] = [
        // double-booked
        Case(
            name: "same days, two files, host in one and guest in the other", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  delegates id-deputy ru-deputy\n  round 1 on 2027-03-23 at moscow planned\n"
                ),
                "b.parley": file("dialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-24 at jakarta planned\n"),
            ], expected: ["b.parley:5"]),
        Case(
            name: "guest in Moscow needs a travel day before hosting in Jakarta", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  delegates id-deputy\n  round 1 on 2027-03-23 at moscow planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-25 at jakarta planned\n"
                )
            ],
            expected: ["a.parley:10"]),
        Case(
            name: "one free day is the travel day", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  delegates id-deputy\n  round 1 on 2027-03-23 at moscow planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-26 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "the travel day before a round abroad (Jakarta host, then Moscow guest)", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2027-03-22 at jakarta planned\ndialogue b \"B\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2027-03-23 at moscow planned\n"
                )
            ],
            expected: ["a.parley:9"]),
        Case(
            name: "hosting on consecutive days needs no travel", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2027-03-22 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-23 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "travel 0 days: no travel day needed", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  travel 0 days\n  delegates id-deputy\n  round 1 on 2027-03-22 at moscow planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-23 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "date line: Honolulu's 10th is most of Auckland's 11th", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners NZ US\n  travel 0 days\n  delegates nz-director\n  round 1 on 2027-03-11 at auckland planned\ndialogue b \"B\"\n  partners NZ US\n  travel 0 days\n  delegates nz-director\n  round 1 on 2027-03-10 at honolulu planned\n"
                )
            ],
            expected: ["a.parley:6"]),
        Case(
            name: "date line: Auckland's and Honolulu's 10th share only an hour", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners NZ US\n  travel 0 days\n  delegates nz-director\n  round 1 on 2027-03-10 at auckland planned\ndialogue b \"B\"\n  partners NZ US\n  travel 0 days\n  delegates nz-director\n  round 1 on 2027-03-10 at honolulu planned\n"
                )
            ],
            expected: []),
        Case(
            name: "DST: Canberra 13:00 is Jakarta 09:00 before Sydney's clocks go back", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID AU\n  virtual\n  sessions 09:00..10:00\n  delegates au-ambassador\n  round 1 on 2026-04-03 virtual held\ndialogue b \"B\"\n  partners AU ID\n  host canberra\n  sessions 13:00..14:00\n  delegates au-ambassador\n  round 1 on 2026-04-03 at canberra held\n"
                )
            ],
            expected: ["a.parley:13"]),
        Case(
            name: "DST: after Sydney's clocks go back they no longer meet", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID AU\n  virtual\n  sessions 09:00..10:00\n  delegates au-ambassador\n  round 1 on 2026-04-07 virtual held\ndialogue b \"B\"\n  partners AU ID\n  host canberra\n  sessions 13:00..14:00\n  delegates au-ambassador\n  round 1 on 2026-04-07 at canberra held\n"
                )
            ],
            expected: []),
        Case(
            name: "rounds the cadence only implies are not checked", code: .doubleBooked,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  every 1 months\n  delegates id-deputy\n  round 1 on 2026-06-01 at jakarta planned\ndialogue b \"B\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2026-07-01 at jakarta planned\n"
                )
            ],
            expected: []),
        // venue
        Case(
            name: "venue used by two series in two files", code: .venue,
            files: [
                "a.parley": file("dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-10-06 at jakarta planned\n"),
                "b.parley": file("dialogue b \"B\"\n  partners ID AU\n  round 1 on 2026-10-07 at jakarta planned\n"),
            ], expected: ["b.parley:4"]),
        Case(
            name: "venue on consecutive days", code: .venue,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  round 1 on 2026-10-08 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "venue: a morning and an afternoon session", code: .venue,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  sessions 09:00..12:00\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  sessions 13:00..16:00\n  round 1 on 2026-10-06 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "venue: sessions that overlap by an hour", code: .venue,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  sessions 09:00..12:00\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  sessions 11:00..16:00\n  round 1 on 2026-10-06 at jakarta planned\n"
                )
            ],
            expected: ["a.parley:9"]),
        // travel
        Case(
            name: "Jakarta then Surabaya the next day", code: .travel,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2026-10-07 at surabaya planned\n"
                )
            ],
            expected: ["a.parley:9"], severity: .warning),
        Case(
            name: "Jakarta then Surabaya with a day between", code: .travel,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2026-10-08 at surabaya planned\n"
                )
            ],
            expected: []),
        Case(
            name: "same city needs no travel", code: .travel,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2026-10-07 at jakarta planned\n"
                )
            ],
            expected: []),
        Case(
            name: "travel 2 days asks for two", code: .travel,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  travel 2 days\n  delegates id-deputy\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2026-10-08 at surabaya planned\n"
                )
            ],
            expected: ["a.parley:10"], severity: .warning),
        Case(
            name: "a missing travel day abroad is double-booked, not travel", code: .travel,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2027-03-22 at jakarta planned\ndialogue b \"B\"\n  partners ID RU\n  delegates id-deputy\n  round 1 on 2027-03-23 at moscow planned\n"
                )
            ],
            expected: []),
        // hours
        Case(
            name: "virtual: Jakarta's afternoon is Sydney's evening", code: .hours,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID AU\n  virtual\n  sessions 14:00..16:00\n  round 1 on 2026-10-06 virtual planned\n")
            ],
            expected: ["a.parley:6"], severity: .warning),
        Case(
            name: "virtual: Moscow 08:30 is Sydney 16:30 in daylight time", code: .hours,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners RU AU\n  virtual\n  sessions 08:30..09:30\n  round 1 on 2026-04-03 virtual held\n")
            ],
            expected: ["a.parley:6"], severity: .warning),
        Case(
            name: "virtual: Moscow 08:30 is Sydney 15:30 after the clocks go back", code: .hours,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners RU AU\n  virtual\n  sessions 08:30..09:30\n  round 1 on 2026-04-07 virtual held\n")
            ],
            expected: []),
        Case(
            name: "at a venue everyone keeps the venue's clock", code: .hours,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID AU\n  sessions 08:00..10:00\n  round 1 on 2026-10-06 at jakarta planned\n")
            ],
            expected: ["a.parley:5", "a.parley:5"], severity: .warning),
        Case(
            name: "a person's own hours", code: .hours,
            files: [
                "a.parley": file(
                    "dialogue a \"A\"\n  partners ID RU\n  virtual\n  sessions 14:00..16:00\n  delegates id-early\n  round 1 on 2026-10-06 virtual planned\n"
                )
            ],
            expected: ["a.parley:7"], severity: .warning),
        Case(
            name: "all-day virtual rounds have no hours to check", code: .hours,
            files: ["a.parley": file("dialogue a \"A\"\n  partners ID AU\n  virtual\n  round 1 on 2026-10-06 virtual planned\n")],
            expected: []),
    ]

    @Test(arguments: cases) func firesExactlyWhereExpected(_ item: Case) {
        let (loaded, result) = item.run()
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let mine = result.findings.filter { $0.code == item.code }
        #expect(mine.map { "\($0.location.file):\($0.location.line)" } == item.expected, "\(mine.map(\.message))")
        #expect(mine.allSatisfy { $0.severity == item.severity })
    }
}
