import CivilTime
import Foundation
import ParleyKit
import Testing

@testable import ParleyCLI

/// `parley check` (the rules' view), `parley next` (the scheduler's) and `parley ics` (the feed
/// writer's) agree on every session of a timed round of several days, and all three match
/// instants worked out here with Foundation's `Calendar` and `TimeZone`, not with Parley's code.
@Suite("A round's time: check, next and ics agree")
struct RoundTimeAgreementTests {
    /// Three days in Canberra across the end of Sydney's DST (2026-04-05 03:00 → 02:00), so the
    /// first session is in UTC+11 and the next two in UTC+10, each 09:00–17:00 wall clock.
    static let plan = """
        country ID "Indonesia"
          timezone Asia/Jakarta
          weekend none
          holidays none
        country AU "Australia"
          timezone Australia/Sydney
          weekend none
          holidays none
        venue jakarta "Jakarta" in ID
        venue canberra "Canberra" in AU
          timezone Australia/Sydney
        dialogue id-au "Indonesia–Australia dialogue"
          partners ID AU
          every 12 months
          lasting 3 days
          sessions 09:00..17:00
          hosts alternate jakarta canberra
          round 1 on 2025-04-04 at jakarta held

        """
    static let round2 = "  round 2 on 2026-04-04 at canberra proposed\n"

    /// The sessions of round 2, from Foundation: 09:00 and 17:00 on 4, 5 and 6 April 2026 in Sydney.
    static func expected() throws -> [ClosedRange<Int64>] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Australia/Sydney"))
        return try (4...6).map { day in
            let start = try #require(calendar.date(from: DateComponents(year: 2026, month: 4, day: day, hour: 9)))
            let end = try #require(calendar.date(from: DateComponents(year: 2026, month: 4, day: day, hour: 17)))
            return Int64(start.timeIntervalSince1970)...Int64(end.timeIntervalSince1970)
        }
    }

    @Test func checkNextAndTheFeedAgreeOnEverySession() throws {
        let expected = try Self.expected()
        // The DST change is really inside the round: the sessions are not 24 hours apart.
        #expect(expected[1].lowerBound - expected[0].lowerBound == 25 * 3600)

        // check: the expansion every rule reads.
        let loaded = Resolver.load(["p.parley"], reader: MemoryPlanReader(["p.parley": Self.plan + Self.round2]))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let today = try #require(LocalDate(year: 2026, month: 1, day: 1))
        let result = Checker.check(loaded, options: CheckOptions(today: today))
        let occurrence = try #require(result.expansion.occurrences.first { $0.seriesID == "id-au" && $0.number == 2 })
        #expect(occurrence.time.sessions.map { $0.start...$0.end } == expected)

        // next: the only window that starts on 2026-04-04 and ends before 2026-04-07.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-round-time-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let planPath = folder + "/p.parley"
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: planPath))
        let next = ParleyRun([
            "next", "id-au", planPath, "--after", "2026-04-04", "--before", "2026-04-07", "--today", "2026-01-01", "--format", "json",
        ])
        #expect(next.code == .success, "\(next.standardError)")
        let proposal = try #require(try JSONSerialization.jsonObject(with: Data(next.standardOutput.utf8)) as? [String: Any])
        let suggestion = try #require((proposal["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["venue"] as? String == "canberra")
        let sessions = try #require(suggestion["sessions"] as? [[String: String]])
        let formatter = ISO8601DateFormatter()
        let proposed = try sessions.map { session in
            let start = try #require(session["start"].flatMap(formatter.date(from:)))
            let end = try #require(session["end"].flatMap(formatter.date(from:)))
            return Int64(start.timeIntervalSince1970)...Int64(end.timeIntervalSince1970)
        }
        #expect(proposed == expected)

        // ics: one VEVENT, its first session and a daily RRULE; its instances worked out here.
        try Data((Self.plan + Self.round2).utf8).write(to: URL(fileURLWithPath: planPath))
        let ics = ParleyRun(["ics", planPath, "--out", folder + "/feeds"])
        #expect(ics.code == .success, "\(ics.standardError)")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/feeds/id-au.ics")), as: UTF8.self)
        let event = try #require(text.components(separatedBy: "BEGIN:VEVENT\r\n").first { $0.contains("UID:id-au-round-2@parley\r\n") })
        let lines = event.components(separatedBy: "\r\n")
        #expect(lines.contains("DTSTART;TZID=Australia/Sydney:20260404T090000"))
        #expect(lines.contains("DTEND;TZID=Australia/Sydney:20260404T170000"))
        #expect(lines.contains("RRULE:FREQ=DAILY;COUNT=3"))
        // RFC 5545 §3.3.10: a DAILY rule repeats the wall-clock time of DTSTART in its TZID, and
        // each instance lasts DTEND − DTSTART as wall-clock time (§3.8.5.3).
        var sydney = Calendar(identifier: .gregorian)
        sydney.timeZone = try #require(TimeZone(identifier: "Australia/Sydney"))
        let fed = try (0..<3).map { offset in
            let start = try #require(sydney.date(from: DateComponents(year: 2026, month: 4, day: 4 + offset, hour: 9)))
            let end = try #require(sydney.date(from: DateComponents(year: 2026, month: 4, day: 4 + offset, hour: 17)))
            return Int64(start.timeIntervalSince1970)...Int64(end.timeIntervalSince1970)
        }
        #expect(fed == expected)
        #expect(fed == occurrence.time.sessions.map { $0.start...$0.end })
    }
}
