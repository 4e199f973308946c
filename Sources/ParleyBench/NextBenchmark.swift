import CivilTime
import Foundation
import ParleyKit

/// `parley-bench next`: times `parley next` over a three-year range on a generated plan with
/// 5 countries, 50 delegates (each with an imported busy calendar; 10,000 busy events in all,
/// a quarter of them from weekly RRULEs) and 40 other series whose rounds share delegates.
///
/// The target series has no cadence, so the one search stage is the whole range
/// (2027-01-01 to 2029-12-31: about 1,094 two-day windows), each checked by every rule.
struct NextBenchmark {
    static let countries: [(id: String, name: String, zone: String, venue: String)] = [
        ("ID", "Indonesia", "Asia/Jakarta", "jakarta"), ("RU", "Russia", "Europe/Moscow", "moscow"),
        ("AU", "Australia", "Australia/Sydney", "canberra"), ("IN", "India", "Asia/Kolkata", "new-delhi"),
        ("SG", "Singapore", "Asia/Singapore", "singapore"),
    ]

    var runs = 5

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard flag == "--runs", let text = rest.popFirst(), let value = Int(text), value > 0 else {
                throw NextBenchmarkError(message: "unknown option '\(flag)' (expected --runs N)")
            }
            runs = value
        }
    }

    /// Writes the workload, loads it once, then times the search `runs` times; returns the exit code.
    func run() throws -> Int32 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-bench-next-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("busy"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let busyEvents = try NextBenchmark.writeWorkload(in: folder)
        // The command first, while this process is small (see ``CommandRun``).
        let window = ["--today", "2026-11-25", "--after", "2027-01-01", "--before", "2030-01-01"]
        var commands: [String] = []
        for format in ["text", "json"] {
            let run = try CommandRun.best(
                of: runs, [CommandRun.parleyPath, "next", "target", folder.path] + window + ["--format", format])
            commands.append(run.line("parley next target PLANS \(window.joined(separator: " ")) --format \(format) > /dev/null"))
        }
        let clock = ContinuousClock()
        var loaded: LoadedPlan?
        let loading = clock.measure { loaded = Resolver.load([folder.path], reader: DiskPlanReader()) }
        guard let loaded, !loaded.hasInputErrors else {
            throw NextBenchmarkError(message: "the generated plan has input errors: \(loaded?.findings.first?.message ?? "")")
        }
        let request = NextRequest(
            seriesID: "target", today: LocalDate(year: 2026, month: 11, day: 25) ?? .minimum,
            after: LocalDate(year: 2027, month: 1, day: 1), before: LocalDate(year: 2030, month: 1, day: 1), reader: DiskPlanReader())
        var times: [Duration] = []
        var proposal: Proposal?
        for _ in 0..<runs {
            times.append(try clock.measure { proposal = try Scheduler.propose(loaded, request: request) })
        }
        times.sort()
        let windows = proposal?.windowsExamined ?? 0
        print("parley-bench next: 5 countries, 50 delegates, \(busyEvents) busy events, \(loaded.plan.series.count) series")
        print("  load plans: \(NextBenchmark.milliseconds(loading))")
        print(
            "  search \(windows) windows (\(proposal?.steps.last?.starts.description ?? "")), rules: \(request.rules.map(\.code.rawValue).joined(separator: ", "))"
        )
        print(
            "  best \(NextBenchmark.milliseconds(times[0])), median \(NextBenchmark.milliseconds(times[times.count / 2])) over \(runs) runs"
        )
        print("  \(proposal?.suggestions.count ?? 0) windows fit; \(proposal?.rejections.map(\.sentence).joined(separator: "; ") ?? "")")
        print("  the release parley as a user runs it (load, search, print; best of \(runs)):")
        for line in commands { print("  " + line) }
        print("  target: under 200 ms (release build): \(times[times.count / 2] < .milliseconds(200) ? "met" : "NOT met")")
        return 0
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    /// Writes `plan.parley` and one busy calendar per delegate; returns the number of busy events.
    static func writeWorkload(in folder: URL) throws -> Int {
        var plan = ""
        for country in countries {
            plan += "country \(country.id) \"\(country.name)\"\n  timezone \(country.zone)\n  weekend sat sun\n  holidays builtin\n"
        }
        for country in countries { plan += "venue \(country.venue) \"\(country.venue)\" in \(country.id)\n" }
        var generator = SplitMix(seed: 2026)
        var busyEvents = 0
        for index in 0..<50 {
            let country = countries[index % countries.count]
            let person = String(format: "p%02d", index)
            plan += "person \(person) \"Official \(index)\" of \(country.id)\n  busy from \"busy/\(person).ics\"\n"
            let (text, count) = busyCalendar(person: person, generator: &generator)
            try Data(text.utf8).write(to: folder.appendingPathComponent("busy/\(person).ics"))
            busyEvents += count
        }
        plan += """
            dialogue target "Benchmark target"
              partners ID RU
              lasting 2 days
              hosts alternate jakarta moscow
              delegates p00 p01 p05 p06
              avoid holidays
              avoid weekends
              avoid observance ramadan soft
              prefer months mar..may, sep..nov
              round 1 on 2026-03-10 at jakarta held

            """
        for index in 0..<40 {
            let first = countries[index % 5]
            let second =
                countries[(index / 5 + index + 1) % 5].id == first.id ? countries[(index + 2) % 5] : countries[(index / 5 + index + 1) % 5]
            let delegates = [index % 50, (index * 7 + 1) % 50, (index * 13 + 5) % 50].map { String(format: "p%02d", $0) }
            plan += "exchange s\(index) \"Series \(index)\"\n  partners \(first.id) \(second.id)\n  lasting 3 days\n"
            plan += "  delegates \(Array(Set(delegates)).sorted().joined(separator: " "))\n"
            for round in 0..<6 {
                let day =
                    LocalDate(year: 2026 + round / 2, month: 1 + (index * 3 + round * 5) % 12, day: 1 + (index * 11 + round) % 27)
                    ?? .minimum
                plan += "  round \(round + 1) on \(day) at \(round % 2 == 0 ? first.venue : second.venue) planned\n"
            }
            plan += "\n"
        }
        try Data(plan.utf8).write(to: folder.appendingPathComponent("plan.parley"))
        return busyEvents
    }

    /// 150 single events and 5 weekly series of 10 over 2027–2029: 200 busy events.
    static func busyCalendar(person: String, generator: inout SplitMix) -> (String, Int) {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//bench//EN\r\n"
        func event(_ uid: String, _ start: LocalDate, hour: Int, rule: String?) {
            let stamp = String(format: "%04d%02d%02dT%02d0000Z", start.year, start.month, start.day, hour)
            let end = String(format: "%04d%02d%02dT%02d0000Z", start.year, start.month, start.day, hour + 2)
            text += "BEGIN:VEVENT\r\nUID:\(uid)@bench\r\nDTSTAMP:20261125T000000Z\r\nDTSTART:\(stamp)\r\nDTEND:\(end)\r\n"
            if let rule { text += "RRULE:\(rule)\r\n" }
            text += "SUMMARY:busy\r\nEND:VEVENT\r\n"
        }
        let base = LocalDate(year: 2027, month: 1, day: 1) ?? .minimum
        for index in 0..<150 {
            let start = base.adding(days: Int(generator.next() % 1095)) ?? base
            event("\(person)-\(index)", start, hour: 6 + Int(generator.next() % 8), rule: nil)
        }
        for index in 0..<5 {
            let start = base.adding(days: Int(generator.next() % 1000)) ?? base
            event("\(person)-weekly-\(index)", start, hour: 7, rule: "FREQ=WEEKLY;COUNT=10")
        }
        return (text + "END:VCALENDAR\r\n", 200)
    }
}

/// A seeded generator (SplitMix64), so the workload is the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// A bad `parley-bench next` command line.
struct NextBenchmarkError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
