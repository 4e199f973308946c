import CivilTime
import Foundation
import Testing

@testable import ParleyKit

@Suite struct RoundListingTests {
    func listing(_ text: String, window: DateWindow = .around(RoundPlans.today), series: Set<String>? = nil) -> RoundListing {
        let loaded = RoundPlans.load(["p.parley": text])
        let result = Checker.check(loaded, options: CheckOptions(today: RoundPlans.today, window: window, rules: RoundPlans.rules))
        return RoundListing(plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: window, seriesIDs: series)
    }

    /// Recorded rounds in the window, then the cadence's implied ones (every 12 months after
    /// 2026-03-10, hosts alternating after tokyo), in date order.
    @Test func listsRecordedAndImpliedRounds() {
        let rounds = listing(RoundPlans.places + RoundPlans.dialogue + RoundPlans.exchange)
        let rows = rounds.entries.map { "\($0.series.id) \($0.number) \($0.firstDay) \($0.statusText) \($0.venue?.id ?? "-")" }
        #expect(
            rows == [
                "id-jp 2 2026-03-10 planned tokyo", "id-jp-x 1 2026-05-12 planned jakarta", "id-jp 3 2027-03-10 implied jakarta",
                "id-jp 4 2028-03-10 implied tokyo", "id-jp 5 2029-03-10 implied jakarta",
            ])
        #expect(rounds.entries.first?.people == ["id-desk", "jp-desk"])
        #expect(rounds.entries.first?.host == "JP")
        #expect(rounds.summary == "5 rounds (3 implied) from 2025-06-01 to 2029-06-01: 0 errors, 0 warnings")
    }

    /// Postponed and cancelled rounds are listed too (they are not occurrences), and a wider
    /// window shows held rounds; a series filter keeps only that series. Implied rounds are
    /// numbered after the highest recorded number.
    @Test func listsEveryStatusAndFilters() {
        let text = RoundPlans.places + RoundPlans.dialogue + "  round 3 on 2027-03-09 at jakarta cancelled\n" + RoundPlans.exchange
        let window = DateWindow(from: LocalDate(year: 2025, month: 1, day: 1) ?? .minimum, through: RoundPlans.today)
        let rounds = listing(text, window: window, series: ["id-jp"])
        #expect(rounds.entries.map(\.statusText) == ["held", "planned"])
        let all = listing(text, series: ["id-jp"])
        #expect(all.entries.map { "\($0.number) \($0.statusText)" } == ["2 planned", "3 cancelled", "4 implied", "5 implied", "6 implied"])
    }

    /// A finding goes under the round it is about; an overdue series' finding under the series.
    @Test func findingsGoWithTheirRounds() {
        let text =
            RoundPlans.places
            + RoundPlans.dialogue.replacingOccurrences(of: "2026-03-10 at tokyo", with: "2026-03-14 at tokyo")
            .replacingOccurrences(of: "  every 12 months\n", with: "  every 12 months\n  avoid weekends\n")
                + """
                exchange id-jp-old "Old exchange"
                  partners ID JP
                  every 12 months
                  round 1 on 2024-01-09 held

                """
        let rounds = listing(text)
        let saturday = rounds.entries.first { $0.series.id == "id-jp" && $0.number == 2 }
        #expect(saturday?.findings.map(\.code) == [.weekend])  // one finding naming ID and JP
        #expect(rounds.series.first { $0.series.id == "id-jp-old" }?.findings.map(\.code) == [.cadence])
        let others = rounds.entries.filter { $0.number != 2 || $0.series.id != "id-jp" }
        #expect(others.flatMap(\.findings).isEmpty)
    }

    /// The CSV table: header, one row per round, CRLF, the note with a comma quoted and its
    /// formula-looking part left alone (it does not start the cell).
    @Test func csvTable() {
        let rounds = listing(RoundPlans.places + RoundPlans.dialogue)
        var writer = CSVWriter(header: RoundListing.csvHeader(findings: true))
        rounds.writeCSV(to: &writer, findings: true)
        let lines = String(decoding: writer.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 4 + 1)
        #expect(
            lines[0]
                == "series,title,round,status,implied,first_day,last_day,hours,zone,host,venue,city,online,people,notes,moved_from,covers,chair,due,errors,warnings,findings,file,line"
        )
        #expect(
            lines[1]
                == "id-jp,Indonesia–Japan dialogue,2,planned,no,2026-03-10,2026-03-10,,Asia/Tokyo,JP,tokyo,Tokyo,no,id-desk; jp-desk,\"agenda: maritime, =cyber\",,,,,0,0,,p.parley,17"
        )
        #expect(lines[2].hasPrefix("id-jp,Indonesia–Japan dialogue,3,proposed,yes,2027-03-10,2027-03-10,,Asia/Jakarta,ID,jakarta,"))
    }

    /// A table of thousands of rounds (written a batch of rows per core) against the same rows
    /// made here as lists of strings, one ``CSVWriter/row(_:)`` each, streamed in small chunks:
    /// the same bytes, with notes, findings and moves that need quoting.
    @Test func longCSVTableIsTheRowByRowTable() {
        var text = RoundPlans.places
        for index in 0..<12 {
            text += """
                dialogue d\(index) "Monthly, \"track\" \(index)"
                  partners ID JP
                  every 1 month
                  hosts alternate jakarta tokyo
                  delegates id-desk jp-desk
                  avoid weekends
                  round 1 on 2026-01-06 at jakarta held "=note, one"
                  round 2 on 2026-02-07 at tokyo planned
                    moved from 2026-02-03
                    moved from 2026-02-04

                """
        }
        let window = DateWindow(
            from: LocalDate(year: 2026, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2060, month: 1, day: 1) ?? .maximum)
        let rounds = listing(text, window: window)
        #expect(rounds.entries.count > 4_100)
        #expect(rounds.entries.contains { !$0.findings.isEmpty })
        var streamed: [UInt8] = []
        var writer = CSVWriter(header: RoundListing.csvHeader(findings: true), flushingEvery: 1_000) { streamed += $0 }
        rounds.writeCSV(to: &writer, findings: true)
        writer.finish()
        var reference = CSVWriter(header: RoundListing.csvHeader(findings: true))
        for entry in rounds.entries {
            reference.row(
                [
                    entry.series.id, entry.series.title, String(entry.number), entry.status.rawValue, entry.isImplied ? "yes" : "no",
                    "\(entry.firstDay)", "\(entry.lastDay)", entry.hoursText ?? "", entry.time?.zone ?? "", entry.host ?? "",
                    entry.venue?.id ?? "", entry.venue?.city ?? "", entry.isVirtual ? "yes" : "no", entry.people.joined(separator: "; "),
                    entry.notes.joined(separator: "; "), entry.movedFrom.map { "\($0)" }.joined(separator: "; "),
                    entry.covers.joined(separator: "; "), entry.chair ?? "", entry.due.joined(separator: "; "),
                    String(entry.findings.count { $0.severity == .error }), String(entry.findings.count { $0.severity == .warning }),
                    entry.findings.map { "\($0.severity.rawValue) [\($0.code.rawValue)] \($0.message)" }.joined(separator: "\n"),
                    entry.location.file, String(entry.location.line),
                ])
        }
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: reference.bytes, as: UTF8.self))
    }
}
