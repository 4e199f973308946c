import CivilTime
import Testing

@testable import ParleyKit

/// Each conflict finding explains itself: both sides, where each was declared, and the
/// nearest clean start on either side. And acknowledgements turn findings into notes.
@Suite struct ConflictExplanationTests {
    typealias Case = ConflictRuleCase

    @Test func doubleBookedNamesBothSidesAndBothFiles() throws {
        let item = Case(
            name: "", code: .doubleBooked,
            files: [
                "a.parley": Case.file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 2 days\n  delegates id-deputy ru-deputy\n  round 1 on 2027-03-23 at moscow planned\n"
                ),
                "b.parley": Case.file(
                    "dialogue b \"B\"\n  partners ID AU\n  delegates id-deputy\n  round 1 on 2027-03-25 at jakarta planned\n"),
            ], expected: [])
        let finding = try #require(item.run().1.findings.first { $0.code == .doubleBooked })
        #expect(
            finding.message
                == "id-deputy is double-booked: round 1 of b (2027-03-25, as host in Jakarta) leaves 0 days after round 1 of a (2027-03-23..2027-03-24, as a guest in Moscow), which needs 1 travel day after it"
        )
        #expect(finding.location.file == "b.parley")
        #expect(
            finding.notes.map { "\($0.location.file):\($0.location.line):\($0.location.column)" } == [
                "a.parley:6:3", "a.parley:5:13", "b.parley:4:13",
            ])
        // 2027-03-24 and 03-25 leave no travel day; 03-26 (1 day away) is the nearest clash-free
        // start, but a's round ends within three days of it (15 points); 03-28 (3 days away) is
        // the nearest clear of that, so next (and check) rank it first.
        #expect(finding.suggestion?.date == LocalDate(year: 2027, month: 3, day: 28))
        #expect(finding.suggestion?.message.hasPrefix("move round 1 to 2027-03-28, the best date that passes every rule") == true)
    }

    @Test func venueSuggestsTheNearestFreeStart() throws {
        let item = Case(
            name: "", code: .venue,
            files: [
                "a.parley": Case.file(
                    "dialogue a \"A\"\n  partners ID RU\n  lasting 3 days\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  lasting 2 days\n  round 1 on 2026-10-07 at jakarta planned\n"
                )
            ],
            expected: [])
        let finding = try #require(item.run().1.findings.first { $0.code == .venue })
        #expect(
            finding.message
                == "jakarta (Jakarta) is used twice at once: round 1 of b (2026-10-07..2026-10-08) overlaps round 1 of a (2026-10-06..2026-10-08)"
        )
        // Free before: 2026-10-04..05; after: 2026-10-09..10. 10-04 is 3 days off, 10-09 is 2.
        #expect(finding.suggestion?.date == LocalDate(year: 2026, month: 10, day: 9))
        #expect(finding.suggestion?.message == "move round 1 to 2026-10-09, the best date that passes every rule (parley next b --round 1)")
    }

    @Test func hoursShowsThePartysLocalTime() throws {
        let item = Case(
            name: "", code: .hours,
            files: [
                "a.parley": Case.file(
                    "dialogue a \"A\"\n  partners ID AU\n  virtual\n  sessions 14:00..16:00\n  round 1 on 2026-10-06 virtual planned\n")
            ],
            expected: [])
        let finding = try #require(item.run().1.findings.first { $0.code == .hours })
        // 2026-10-06: Sydney is on daylight time (UTC+11) since 2026-10-04, Jakarta UTC+7.
        #expect(
            finding.message
                == "round 1 of a (virtual, 2026-10-06 14:00–16:00 Asia/Jakarta) is 18:00–20:00 on 2026-10-06 for AU (Australia/Sydney), outside its working hours 09:00–17:00"
        )
        // Sydney is 3 or 4 hours ahead of Jakarta all year, so 14:00 in Jakarta is after 17:00
        // in Sydney on every date: no date scores better than the round's own.
        #expect(
            finding.suggestion?.message
                == "keep round 1 on 2026-10-06: no date passes every rule with a better score (parley next a --round 1)")
    }

    @Test func acknowledgedFindingsBecomeNotesAndStaleOnesWarn() throws {
        let item = Case(
            name: "", code: .venue,
            files: [
                "a.parley": Case.file(
                    "dialogue a \"A\"\n  partners ID RU\n  round 1 on 2026-10-06 at jakarta planned\ndialogue b \"B\"\n  partners ID AU\n  round 1 on 2026-10-06 at jakarta planned\n    acknowledge venue \"jakarta\" because \"two rooms of the same ministry\"\n  round 2 on 2026-11-06 at jakarta planned\n    acknowledge venue because \"nothing to acknowledge\"\n"
                )
            ],
            expected: [])
        let (loaded, result) = item.run()
        #expect(loaded.findings.isEmpty)
        let venue = result.findings.filter { $0.code == .venue }
        #expect(venue.map(\.severity) == [.note, .warning])
        #expect(venue.first?.message.hasSuffix("(acknowledged: two rooms of the same ministry)") == true)
        #expect(venue.last?.location.line == 10)
        #expect(!result.hasInputErrors && result.errorCount == 0)
    }

    @Test func unknownCodeInAcknowledgeIsAnInputError() {
        let item = Case(
            name: "", code: .input,
            files: [
                "a.parley": Case.file(
                    "dialogue a \"A\"\n  partners ID RU\n  round 1 on 2026-10-06 at jakarta planned\n    acknowledge venu because \"x\"\n")
            ],
            expected: [])
        let (loaded, _) = item.run()
        #expect(
            loaded.findings.map(\.message) == [
                "expected a finding code (cadence, gap, host, order, obligation, stale, agenda, blackout, holiday, weekend, observance, double-booked, travel, venue, busy, hours) after 'acknowledge', found 'venu'; did you mean 'venue'?"
            ])
    }
}
