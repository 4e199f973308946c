import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// The exhaustion inputs of issue 22, each kept to counts and limits (never to time): tiny
/// files that once made millions of paths, findings or occurrences.
@Suite struct HostileInputLimitsTests {
    /// A scratch folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Two symlinks to `.` and a file that uses itself through both: 2^40 distinct paths once.
    /// Each file is loaded once by identity, so the walk ends after a handful of steps.
    @Test func twoLinksToTheFolderLoadEachFileOnce() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("b").path, withDestinationPath: ".")
        let plan = "use \"a/loop.parley\"\nuse \"b/loop.parley\"\ncountry XX \"Country\"\n  timezone UTC\n"
        try Data(plan.utf8).write(to: root.appendingPathComponent("loop.parley"))
        let path = root.appendingPathComponent("loop.parley").path
        var resolver = Resolver(reader: ConfinedPlanReader(paths: [path]))
        let loaded = resolver.load([path])
        #expect(resolver.attempted == 1)
        #expect(resolver.work <= 10)
        #expect(loaded.plan.files.count == 1)
        #expect(loaded.findings.contains { $0.message.hasPrefix("use cycle:") })
    }

    /// A chain of 4,000 `use` files stops at the cap with one clear error at the `use` line.
    @Test func aLongUseChainStopsAtTheFileCap() {
        var files: [String: String] = [:]
        for index in 0..<4_000 { files["chain/f\(index).parley"] = "use \"f\(index + 1).parley\"\n" }
        var limits = PlanLimits.standard
        limits.files = 1_000
        var resolver = Resolver(reader: MemoryPlanReader(files, limits: limits))
        let loaded = resolver.load(["chain/f0.parley"])
        #expect(resolver.attempted == 1_001)
        #expect(loaded.plan.files.count == 1_000)
        let capped = loaded.findings.filter { $0.message.hasPrefix("more than 1000 plan files") }
        #expect(capped.count == 1)
        #expect(capped.first?.location.file == "chain/f999.parley")
    }

    /// `use` of a 1 GiB file (sparse: no disk used) is refused by its size before it is read,
    /// and nothing of it is shown.
    @Test func aHugeFileIsRefusedBeforeReading() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let huge = root.appendingPathComponent("huge.parley").path
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("SECRET-LINE\n".utf8)))
        #expect(truncate(huge, 1 << 30) == 0)
        try Data("use \"huge.parley\"\n".utf8).write(to: root.appendingPathComponent("main.parley"))
        let main = root.appendingPathComponent("main.parley").path
        let loaded = Resolver.load([main], reader: ConfinedPlanReader(paths: [main]))
        let refusal = try #require(loaded.findings.first { $0.message.contains("huge.parley") })
        #expect(refusal.message.hasSuffix("is 1024 MiB, more than the 16 MiB a file may have (--max-file-size raises it)"))
        #expect(loaded.sources[huge] == nil)
        #expect(!loaded.findings.contains { $0.message.contains("SECRET-LINE") })
    }

    /// `count` series sharing one delegate, each with a round on the same date.
    static func crowdedPlan(_ count: Int) -> [String: String] {
        var text = "country ID \"Indonesia\"\n  timezone Asia/Jakarta\ncountry SG \"Singapore\"\n  timezone Asia/Singapore\n"
        text += "venue jakarta \"Jakarta\" in ID\n"
        text += "person id-deputy \"Deputy\" of ID\n"
        for index in 0..<count {
            text += "dialogue s\(index) \"Series \(index)\"\n  partners ID SG\n  delegates id-deputy\n"
            text += "  round 1 on 2027-03-09 at jakarta planned\n"
        }
        return ["Plans/crowd.parley": text]
    }

    /// 300 series on one date once gave one finding per pair of rounds (44,850 here; 2,248,500
    /// for 1,500 series). Now the first 100 of the delegate's double bookings are reported and
    /// the rest counted in one finding, with the count of pairs computed outside the rule.
    @Test func doubleBookingsPerPersonAreCapped() {
        let count = 300
        let reader = MemoryPlanReader(Self.crowdedPlan(count))
        let loaded = Resolver.load(["Plans/crowd.parley"], reader: reader)
        #expect(!loaded.hasInputErrors, "\(loaded.findings.first?.message ?? "")")
        let today = LocalDate(year: 2027, month: 1, day: 1)!
        let result = Checker.check(loaded, options: CheckOptions(today: today, rules: [DoubleBookedRule()], reader: reader))
        let doubleBooked = result.findings.filter { $0.code == .doubleBooked }
        let pairs = count * (count - 1) / 2
        #expect(doubleBooked.count == 100 + 1)
        let summary = doubleBooked.filter { $0.message.hasPrefix("and ") }
        #expect(summary.map(\.message) == ["and 44,750 more double bookings of id-deputy are not shown (the first 100 are)"])
        #expect(pairs - 100 == 44_750)
    }

    /// Findings beyond `--max-findings` are counted in one closing finding.
    @Test func findingsInTotalAreCapped() {
        let reader = MemoryPlanReader(Self.crowdedPlan(40))
        let loaded = Resolver.load(["Plans/crowd.parley"], reader: reader)
        var limits = PlanLimits.standard
        limits.findings = 25
        let capped = MemoryPlanReader(Self.crowdedPlan(40), limits: limits)
        let today = LocalDate(year: 2027, month: 1, day: 1)!
        let all = Checker.check(loaded, options: CheckOptions(today: today, reader: reader)).findings
        let shown = Checker.check(loaded, options: CheckOptions(today: today, reader: capped)).findings
        #expect(all.count > 25)
        #expect(shown.count == 26)
        #expect(Array(shown.prefix(25)) == Array(all.prefix(25)))
        let rest = all.count - 25
        let errors = all.dropFirst(25).count { $0.severity == .error }
        #expect(
            shown.last?.message == "and \(rest) more findings (\(errors) of them errors) are not shown; --max-findings raises the cap of 25"
        )
    }

    /// Past `--max-suggestions`, rounds with findings name the `next` command instead of a
    /// searched date; the rounds before the cap get the same suggestion as an uncapped check.
    @Test func suggestionsPastTheCapNameTheNextCommand() throws {
        let plan = Self.crowdedPlan(12)
        let loaded = Resolver.load(["Plans/crowd.parley"], reader: MemoryPlanReader(plan))
        var limits = PlanLimits.standard
        limits.suggestions = 5
        let today = try #require(LocalDate(year: 2027, month: 1, day: 1))
        let all = Checker.check(loaded, options: CheckOptions(today: today, reader: MemoryPlanReader(plan))).findings
        let capped = Checker.check(loaded, options: CheckOptions(today: today, reader: MemoryPlanReader(plan, limits: limits))).findings
        #expect(all.map(\.message) == capped.map(\.message))
        var rounds: [ParleyKit.SourceLocation] = []
        for finding in capped where finding.suggestion != nil && !rounds.contains(finding.location) { rounds.append(finding.location) }
        #expect(rounds.count == 11, "every round but the first has a double booking")
        for (finding, uncapped) in zip(capped, all) where finding.suggestion != nil {
            let position = try #require(rounds.firstIndex(of: finding.location))
            let text = finding.suggestion?.message ?? ""
            if position < 5 {
                #expect(finding.suggestion == uncapped.suggestion)
            } else {
                #expect(text.hasPrefix("parley next s") && text.contains("--round 1 finds a date that passes every rule"), "\(text)")
                #expect(text.hasSuffix("(check searched the first 5 rounds with findings; --max-suggestions raises the cap)"))
            }
        }
    }

    /// A 210-byte calendar with `FREQ=MINUTELY;INTERVAL=3`, named by 16 people under several
    /// spellings and a symlink: read once, and all calendars of the check together stop at the
    /// occurrence cap with an error at each person, instead of 16 expansions of the file.
    @Test func busyOccurrencesShareOneCapAcrossTheCheck() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let calendar = """
            BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:m\r\nDTSTAMP:20260101T000000Z\r
            DTSTART:20260101T000000Z\r\nDTEND:20260101T000100Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
            """
        try Data(calendar.utf8).write(to: root.appendingPathComponent("busy.ics"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("same.ics").path, withDestinationPath: "busy.ics")
        var text = "country ID \"Indonesia\"\n  timezone Asia/Jakarta\n"
        let spellings = ["busy.ics", "./busy.ics", "same.ics", "x/../busy.ics"]
        for index in 0..<16 { text += "person p\(index) \"P\" of ID\n  busy from \"\(spellings[index % 4])\"\n" }
        try Data(text.utf8).write(to: root.appendingPathComponent("plan.parley"))
        let path = root.appendingPathComponent("plan.parley").path
        var limits = PlanLimits.standard
        limits.occurrences = 50_000
        let reader = ConfinedPlanReader(paths: [path], limits: limits)
        let loaded = Resolver.load([path], reader: reader)
        let window = DateWindow(from: LocalDate(year: 2026, month: 1, day: 1)!, through: LocalDate(year: 2026, month: 12, day: 31)!)
        let inputs = CalendarInputs(reader: reader, window: window)
        let busy = BusyCalendars(plan: loaded.plan, inputs: inputs)
        #expect(inputs.expanded == 0)
        #expect(inputs.reads == 1)
        let capped = busy.problems.filter { $0.message.contains("more than 50000 occurrences") }
        #expect(capped.count == 16)
    }
}
