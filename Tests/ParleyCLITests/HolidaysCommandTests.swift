import Foundation
import TestSupport
import Testing

@testable import ParleyCLI

/// `parley holidays`: output formats and command-line errors. The dates are those of the
/// decrees: SKB 3 Menteri 2026 (Indonesia) and Russian Government Resolution No. 1335 of
/// 2024-10-04 (transfers of days off in 2025).
@Suite("parley holidays")
struct HolidaysCommandTests {
    /// One day off as `--format json` prints it.
    struct Entry: Decodable {
        let date: String
        let name: String
        let kind: String
        let estimated: Bool
    }

    @Test func jsonListsIndonesiasEidWeek2026() throws {
        let result = ParleyRun(["holidays", "ID", "2026-03-18", "2026-03-24", "--format", "json"])
        #expect(result.code == .success)
        #expect(result.standardError.isEmpty)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"])
        #expect(
            entries.map(\.kind) == [
                "collective-leave", "public", "collective-leave", "public", "public", "collective-leave", "collective-leave",
            ])
        #expect(entries.allSatisfy { !$0.estimated })
        #expect(result.standardOutput.contains(#""kind": "collective-leave""#))
    }

    /// `--list`: one line per country and subdivision; Russia's table is its government
    /// resolutions through 2027, Germany's days are all statutory.
    @Test func listNamesEveryCalendarWithItsDecreedYear() {
        let result = ParleyRun(["holidays", "--list"])
        #expect(result.code == .success)
        let lines = result.standardOutput.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let codes = lines.compactMap(\.first).map(String.init)
        #expect(codes.count >= 46 && Set(codes).count == codes.count)
        for code in ["AU-ACT", "CA-ON", "CH-BE", "DE-BE", "US-DC", "TR", "NZ", "BR-DF", "ES-MD", "AR", "IL", "UA"] {
            #expect(codes.contains(code), "\(code)")
        }
        for code in ["BN", "KH", "LA", "MM", "TL", "PG", "FJ", "DK", "MY-14", "IN-DL", "ES-MAD"] {
            #expect(codes.contains(code), "\(code)")
        }
        #expect(lines.first { $0.first == "RU" }?.suffix(3).joined(separator: " ") == "decreed through 2027")
        #expect(lines.first { $0.first == "DE" }?.last == "statutes")
        #expect(ParleyRun(["holidays", "--list", "ID"]).code == .invalidInput)
    }

    /// Japan's government offices close 29 December–3 January (Act No. 91 of 1988, art. 1):
    /// the working days among them are `closure` days, New Year's Day stays a public holiday.
    @Test func japanYearEndClosure() throws {
        let result = ParleyRun(["holidays", "JP", "2025-12-27", "2026-01-05", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"])
        #expect(entries.map(\.kind) == ["closure", "closure", "closure", "public", "closure"])
    }

    /// Argentina 2025: Friday 15 August is a día no laborable con fines turísticos (the 2025
    /// bridge-day decree: 2 May, 15 August, 21 November), a closure; San Martín's day, a
    /// feriado trasladable, stays on Sunday 17 August; Güemes (Tuesday 17 June) moves to Monday 16.
    @Test func argentinaBridgeDayIsAClosureAndMovableHolidaysMove() throws {
        let august = ParleyRun(["holidays", "AR", "2025-08-14", "2025-08-18", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(august.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2025-08-15", "2025-08-17"])
        #expect(entries.map(\.kind) == ["closure", "public"])
        let june = ParleyRun(["holidays", "AR", "2025-06-15", "2025-06-18", "--format", "json"])
        let moved = try JSONDecoder().decode([Entry].self, from: Data(june.standardOutput.utf8))
        #expect(moved.map(\.date) == ["2025-06-16"])
    }

    /// Ukraine: martial law suspends holidays from 24 March 2022 (Law 2136-IX, art. 6), so
    /// Independence Day 2022 is not a day off, while 8 March 2022 and its transfer were.
    @Test func ukraineUnderMartialLaw() throws {
        let result = ParleyRun(["holidays", "UA", "2022", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2022-01-01", "2022-01-03", "2022-01-07", "2022-03-07", "2022-03-08"])
    }

    /// Brunei rests Friday and Sunday: Armed Forces Day on Friday 31 May 2024 gives Saturday
    /// 1 June, a working day there (Prime Minister's Office circular on 2024's holidays).
    @Test func bruneiMovesAFridayHolidayToSaturday() throws {
        let result = ParleyRun(["holidays", "BN", "2024-05-31", "2024-06-02", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2024-05-31", "2024-06-01"])
        #expect(entries.map(\.kind) == ["public", "observed"])
    }

    /// Myanmar's 2025 notification moves the days around the full moon of Tabaung onto working
    /// Saturdays: 12 and 14 March off, 22 and 29 March worked.
    @Test func myanmarTransfersDaysOffToSaturdays() throws {
        let result = ParleyRun(["holidays", "MM", "2025-03-12", "2025-03-14", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.kind) == ["transfer", "public", "transfer"])
        #expect(ParleyRun(["holidays", "MM", "2025-03-22", "2025-03-22"]).standardOutput.contains("Working day [working-day]"))
    }

    /// Denmark's Christmas Eve is a working day for the state (Personaleadministrativ vejledning
    /// 26.2.8.3: no general rule gives it off): only Christmas Day and the Second Day of Christmas.
    @Test func denmarksChristmasEveIsAWorkingDay() throws {
        let result = ParleyRun(["holidays", "DK", "2025-12-24", "2025-12-26", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2025-12-25", "2025-12-26"])
        #expect(entries.map(\.kind) == ["public", "public"])
    }

    @Test func textShowsRussiasWorkingSaturday() {
        let result = ParleyRun(["holidays", "ru", "2025-10-30", "2025-11-05"])
        #expect(result.code == .success)
        #expect(
            result.standardOutput == """
                # Russia (RU) 2025-10-30 to 2025-11-05: 2 days off; weekend Sat+Sun
                2025-11-01 Sat  Working day [working-day]
                2025-11-03 Mon  Day off (transferred from 2025-11-01) [transfer]
                2025-11-04 Tue  Unity Day [public]

                """)
    }

    @Test func oneDayOffIsSingular() {
        let result = ParleyRun(["holidays", "ID", "2026-03-20", "2026-03-20"])
        #expect(result.standardOutput.hasPrefix("# Indonesia (ID) 2026-03-20 to 2026-03-20: 1 day off; weekend"))
    }

    @Test func estimatedDatesAreMarked() throws {
        let result = ParleyRun(["holidays", "ID", "2030", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(result.standardOutput.utf8))
        #expect(entries.contains { $0.name == "Eid al-Fitr" && $0.estimated })
        #expect(entries.contains { $0.name == "Independence Day" && !$0.estimated })
    }

    @Test func subdivisionAndYearRange() {
        let result = ParleyRun(["holidays", "AU", "2025", "2026", "--subdivision", "AU-ACT"])
        #expect(result.code == .success)
        #expect(result.standardOutput.contains("2025-03-10 Mon  Canberra Day [public]"))
        #expect(result.standardOutput.contains("2026-06-01 Mon  Reconciliation Day [public]"))
    }

    /// RFC 5545 §3.6.1 all-day events: one VEVENT per day off, CRLF lines, a DATE start and the
    /// next day as end; deterministic bytes.
    @Test func icsFeedHasOneAllDayEventPerDayOff() throws {
        let ics = ParleyRun(["holidays", "SG", "2026", "--format", "ics"])
        #expect(ics.code == .success)
        let json = ParleyRun(["holidays", "SG", "2026", "--format", "json"])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(json.standardOutput.utf8))
        let text = ics.standardOutput
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == entries.count)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20261109\r\nDTEND;VALUE=DATE:20261110\r\nSUMMARY:Diwali (observed)\r\n"))
        #expect(text.contains("TRANSP:TRANSPARENT\r\n"))
        #expect(ParleyRun(["holidays", "SG", "2026", "--format", "ics"]).standardOutput == text)
        InteropOutput.keep(Array(text.utf8), as: "holidays-SG-2026.ics")
    }

    /// Feeds for CI's independent parsers (python `icalendar` and `ical`, `.ci/run`).
    @Test(arguments: [["ID", "2025", "2027"], ["RU", "2025"], ["AU", "2026", "--subdivision", "ACT"]])
    func icsFeedsForInteropCheck(_ arguments: [String]) {
        let result = ParleyRun(["holidays"] + arguments + ["--format", "ics"])
        #expect(result.code == .success)
        #expect(result.standardOutput.contains("BEGIN:VEVENT\r\n"))
        InteropOutput.keep(
            Array(result.standardOutput.utf8), as: "holidays-" + arguments.filter { !$0.hasPrefix("--") }.joined(separator: "-") + ".ics")
    }

    static let leaveFeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HolidaysTests/Fixtures/leave.ics").path

    @Test func importMergesAFeedOverOrInstead() throws {
        let over = ParleyRun(["holidays", "ID", "2026-03-20", "2026-03-26", "--import", Self.leaveFeed])
        #expect(over.code == .success)
        #expect(over.standardOutput.contains("2026-03-20 Fri  Eid al-Fitr Joint Holiday [collective-leave]"))
        #expect(over.standardOutput.contains("2026-03-25 Wed  Ministry retreat, Bogor [public]"))
        #expect(!over.standardOutput.contains("2026-03-23 Mon  Eid al-Fitr Joint Holiday"))
        let instead = ParleyRun([
            "holidays", "ID", "2026-03-20", "2026-03-26", "--import", Self.leaveFeed,
            "--import-mode", "instead", "--format", "json",
        ])
        let entries = try JSONDecoder().decode([Entry].self, from: Data(instead.standardOutput.utf8))
        #expect(entries.map(\.date) == ["2026-03-23", "2026-03-24", "2026-03-25"])
    }

    @Test func importErrorsNameTheFileAndLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parley-holidays-bad-\(UUID()).ics").path
        try Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A truncated file is read as far as it goes (as libical reads it); the event that
        // cannot be read is left out with a warning at its line.
        let result = ParleyRun(["holidays", "ID", "2026", "--import", path])
        #expect(result.code == .success)
        #expect(result.standardError.contains("\(path):2: warning: event left out: VEVENT has no DTSTART"))
        let missing = ParleyRun(["holidays", "ID", "2026", "--import", path + ".absent"])
        #expect(missing.code == .invalidInput)
        #expect(missing.standardError.contains("cannot read --import file"))
    }

    @Test(arguments: [
        (["holidays", "XY", "2026"], "unknown country 'XY'"),
        (["holidays", "AU", "2026", "--subdivision", "ACR"], "did you mean 'ACT'"),
        (["holidays", "ID", "26"], "YEAR must be a year from 1900 to 2200; got '26'"),
        (["holidays", "ID", "2027", "2026"], "FROM must not be after TO"),
        (["holidays", "ID", "2026-02-30", "2026-03-01"], "got '2026-02-30'"),
        (["holidays", "ID", "2026", "--format", "xml"], "--format must be one of"),
        (["holidays"], "missing argument COUNTRY"),
    ])
    func badInputExitsTwo(_ arguments: [String], _ message: String) {
        let result = ParleyRun(arguments)
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
