import CivilTime
import Foundation
import ParleyKit

/// `parley-bench check`: generates two large plans of the same size (by default 200
/// countries, 2,000 series, 20,000 rounds, 500 people, 100 blackouts across 21 files), then
/// times parsing and resolving each, and checking it over a window that holds every round.
///
/// - The **dense** plan (the issue's workload) puts every series' rounds on one of ten days
///   of March or May, so nearly every round shares its venue and its delegates with several
///   others on the same days: about 120,000 clashes, six for each round. It measures the
///   worst case, a plan where almost everything clashes.
/// - The **spread** plan has the same countries, venues, people, series and rounds, but its
///   dates are laid out as a desk officer would: each series keeps its day of the year, a
///   person's eight series are at least 15 days apart, rounds at one venue at least a day
///   apart. Then one round in 37 is moved two days earlier, onto the round three days before
///   it at the same venue, and every tenth series takes a third delegate from that round, so
///   about 2 % of rounds clash (printed). It measures the everyday case: a large plan
///   under edit with a few mistakes.
struct CheckBenchmark {
    /// The sizes of the generated plans.
    struct Options {
        var countries = 200
        var series = 2_000
        var roundsPerSeries = 10
        var people = 500
        var runs = 3
        /// Agenda topics on every series (`--topics N`), each round covering two of them, with
        /// `cover each topic every 3 rounds`; none by default.
        var topics = 0
        var workloads = [Workload.dense, .spread]

        init(arguments: [String]) throws {
            var index = 0
            while index < arguments.count {
                let name = arguments[index]
                guard index + 1 < arguments.count else { throw BenchmarkError("\(name) needs a value") }
                if name == "--plan" {
                    guard let workload = Workload(rawValue: arguments[index + 1]) else {
                        throw BenchmarkError("--plan takes dense or spread")
                    }
                    workloads = [workload]
                    index += 2
                    continue
                }
                guard let value = Int(arguments[index + 1]), value > 0 else {
                    throw BenchmarkError("\(name) needs a positive whole number")
                }
                switch name {
                case "--countries": countries = max(2, value)
                case "--series": series = value
                case "--rounds-per-series": roundsPerSeries = value
                case "--people": people = value
                case "--runs": runs = value
                case "--topics": topics = value
                default: throw BenchmarkError("unknown option \(name)")
                }
                index += 2
            }
        }
    }

    /// Which generated plan.
    enum Workload: String {
        /// Almost every round clashes.
        case dense
        /// A few rounds clash.
        case spread
    }

    let options: Options

    /// The generated files of `workload`, by path: `bench/partners.parley` and twenty track files.
    func generate(_ workload: Workload) -> [String: String] {
        let zones = [
            "Asia/Jakarta", "Europe/Moscow", "Australia/Sydney", "Asia/Kolkata", "Asia/Singapore", "Europe/Berlin", "America/New_York",
            "Africa/Nairobi",
        ]
        var partners = ""
        for index in 0..<options.countries {
            partners += "country C\(index) \"Country \(index)\"\n  timezone \(zones[index % zones.count])\n  weekend sat sun\n"
            // One hall per capital (`exclusive`), so rounds there clash as the venue rule is timed.
            partners += "venue v\(index) \"Capital \(index)\" in C\(index)\n  exclusive\n"
        }
        for index in 0..<options.people {
            partners += "person p\(index) \"Official \(index)\" of C\(index % options.countries)\n  email \"p\(index)@example.org\"\n"
        }
        for index in 0..<100 {
            let day = 1 + index % 28
            partners +=
                "blackout 20\(20 + index % 10)-0\(1 + index % 9)-\(day < 10 ? "0" : "")\(day) for C\(index % options.countries) \"election \(index)\" soft\n"
        }
        var files = ["bench/partners.parley": partners]
        let perFile = max(1, options.series / 20)
        for file in 0..<20 {
            var text = "use \"partners.parley\"\n\n"
            for local in 0..<perFile {
                let index = file * perFile + local
                guard index < options.series else { break }
                let a = index % options.countries
                let b = (index * 7 + 1) % options.countries == a ? (a + 1) % options.countries : (index * 7 + 1) % options.countries
                // An exchange follows the dialogue before it in the same file (a file sees only what it uses).
                let isExchange = local % 2 == 1
                var delegates = "p\(index % options.people) p\((index + 1) % options.people)"
                if workload == .spread, index % 10 == 9, index >= 200 { delegates += " p\((index - 200) % options.people)" }
                text +=
                    "\(isExchange ? "exchange" : "dialogue") s\(index) \"Track \(index)\"\n  partners C\(a) C\(b)\n  every 12 months\n  lasting 2 days\n"
                text += "  hosts alternate v\(a) v\(b)\n  delegates \(delegates)\n  gap at least 6 months\n"
                if isExchange { text += "  within 120 days after s\(index - 1)\n" }
                for topic in 0..<options.topics { text += "  topic t\(topic) \"Topic \(topic)\"\n" }
                if options.topics > 0 { text += "  cover each topic every 3 rounds soft\n" }
                for round in 0..<options.roundsPerSeries {
                    let status = 2020 + round < 2026 ? "held" : "planned"
                    text +=
                        "  round \(round + 1) on \(date(workload, series: index, round: round)) at v\(round % 2 == 0 ? a : b) \(status)\n"
                    if options.topics > 0 {
                        text += "    covers t\(round % options.topics) t\((round + 1) % options.topics)\n"
                    }
                }
            }
            files["bench/track-\(file).parley"] = text
        }
        return files
    }

    /// The date of round `round` (from 0) of series `series`.
    ///
    /// Dense: March (dialogues) or May (exchanges) 10–19 of 2020 + `round`. Spread: a
    /// dialogue on day 10 + 90 × (series / 500) + 3 × (series / 200 mod 10) of its year, its
    /// exchange 45 days later; so the series sharing a venue (every 200th) are 3 days apart,
    /// and a person's series (n and n − 1, every 500th) 15 to 75 days apart. A round whose
    /// series + 7 × round is a multiple of 37 moves 2 days earlier when the series 200 before
    /// (its venue-mate, never moved with it as 200 is no multiple of 37) is in its quarter.
    func date(_ workload: Workload, series: Int, round: Int) -> String {
        let year = 2020 + round
        switch workload {
        case .dense:
            return "\(year)-0\(series % 2 == 1 ? 5 : 3)-1\(series % 10)"
        case .spread:
            let dialogue = series - series % 2
            var day = 10 + 90 * (dialogue / 500 % 4) + 3 * (dialogue / 200 % 10) + (series % 2 == 1 ? 45 : 0)
            if (series + 7 * round) % 37 == 0, series >= 200, (series - 200) / 500 == series / 500 { day -= 2 }
            let first = LocalDate(year: year, month: 1, day: 1) ?? .minimum
            return "\(first.adding(days: day - 1) ?? first)"
        }
    }

    /// Runs the benchmark on each plan and prints the figures; returns the exit status.
    func run() throws -> Int32 {
        for workload in options.workloads {
            let status = try measure(workload)
            guard status == 0 else { return status }
        }
        return 0
    }

    /// The window both the library and the command check: every round of the plans.
    static let commandWindow = ["--today", "2026-06-01", "--from", "2019-01-01", "--to", "2031-12-31"]

    /// Runs the release `parley check` on `files` written to disk, as a user runs it (a
    /// separate process, standard output to /dev/null), in each report format; prints a line each.
    private func measureCommand(_ files: [String: String]) throws {
        let folder = try CommandRun.temporaryFolder("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CommandRun.write(files, under: folder)
        let plans = folder.appendingPathComponent("bench").path
        for format in ReportFormat.allCases {
            let arguments = ["check", plans] + Self.commandWindow + ["--format", format.rawValue]
            // Exit status 1: the plan breaks rules, as both generated plans do.
            let run = try CommandRun.best(of: options.runs, [CommandRun.parleyPath] + arguments, accepting: [0, 1])
            print(run.line("parley check bench --format \(format.rawValue) > /dev/null"))
        }
    }

    /// Times one plan, as the command and in the library, and prints its figures.
    private func measure(_ workload: Workload) throws -> Int32 {
        let files = generate(workload)
        let bytes = files.values.reduce(0) { $0 + $1.utf8.count }
        print(
            "\(workload.rawValue) plan, the release parley as a user runs it (\(Self.commandWindow.joined(separator: " ")); best of \(options.runs)):"
        )
        try measureCommand(files)
        let reader = MemoryPlanReader(files)
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        let window = DateWindow(
            from: LocalDate(year: 2019, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2031, month: 12, day: 31) ?? .maximum)
        var best = (load: Double.infinity, check: Double.infinity)
        var last: (loaded: LoadedPlan, result: CheckResult)?
        for _ in 0..<options.runs {
            let start = Date()
            let loaded = Resolver.load(["bench"], reader: reader)
            let loadedAt = Date()
            let result = Checker.check(loaded, options: CheckOptions(today: today, window: window))
            let end = Date()
            best.load = min(best.load, loadedAt.timeIntervalSince(start))
            best.check = min(best.check, end.timeIntervalSince(loadedAt))
            guard !loaded.hasInputErrors else {
                print(
                    "generated plan has input errors:\n"
                        + TextReporter.report(loaded.findings.prefix(5).map { $0 }, sources: loaded.sources))
                return 1
            }
            last = (loaded, result)
        }
        guard let (loaded, result) = last else { return 0 }
        let plan = loaded.plan
        let rounds = plan.series.reduce(0) { $0 + $1.rounds.count }
        print(
            "\(workload.rawValue) plan in the library: \(plan.countries.count) countries, \(plan.series.count) series, \(rounds) rounds, \(plan.people.count) people, \(plan.blackouts.count) blackouts in \(files.count) files (\(bytes / 1024) KiB)"
        )
        var byCode: [String: Int] = [:]
        for finding in result.findings { byCode[finding.code.rawValue, default: 0] += 1 }
        let clashing = Set(result.findings.lazy.filter { $0.severity == .error }.map(\.location)).count
        print(
            "  \(result.expansion.occurrences.count) occurrences checked, \(result.findings.count) findings (\(result.errorCount) errors): "
                + byCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                + String(
                    format: "; %d of %d rounds (%.1f %%) have an error", clashing, rounds, 100 * Double(clashing) / Double(max(1, rounds))))
        print("  " + phases(loaded, reader: reader, files: files, today: today, window: window))
        print(
            String(
                format: "  parse + resolve: %.1f ms   check: %.1f ms   total: %.1f ms   (best of %d runs)", best.load * 1000,
                best.check * 1000, (best.load + best.check) * 1000, options.runs))
        let start = Date()
        let report = TextReporter.report(result.findings, sources: loaded.sources)
        print(
            String(
                format: "  then writing the text report (not part of the check): %.1f ms, %.1f MiB", Date().timeIntervalSince(start) * 1000,
                Double(report.utf8.count) / 1_048_576))
        return 0
    }

    /// One timing of each phase: parsing the files alone, then the check's expansion, its
    /// context (the conflict index and calendars), each rule, and sorting the findings.
    private func phases(_ loaded: LoadedPlan, reader: MemoryPlanReader, files: [String: String], today: LocalDate, window: DateWindow)
        -> String
    {
        var phases: [(String, Double)] = []
        var start = Date()
        for (path, text) in files {
            var sink = DiagnosticSink()
            _ = DeclarationReader.read(Parser.parse(SourceFile(path: path, text: text), into: &sink), into: &sink)
        }
        phases.append(("parse (of parse + resolve)", Date().timeIntervalSince(start)))
        start = Date()
        let expansion = Expander.expand(loaded.plan, in: window)
        phases.append(("expand", Date().timeIntervalSince(start)))
        start = Date()
        let context = RuleContext(plan: loaded.plan, expansion: expansion, today: today)
        phases.append(("context", Date().timeIntervalSince(start)))
        var findings = loaded.findings
        for rule in RuleCatalog.all {
            start = Date()
            findings += rule.check(context)
            phases.append((rule.code.rawValue, Date().timeIntervalSince(start)))
        }
        start = Date()
        // As the check orders them: messages only for the findings it shows.
        _ = Finding.inReportOrder(findings, shown: PlanLimits.standard.findings)
        phases.append(("sort", Date().timeIntervalSince(start)))
        return "phases: " + phases.map { String(format: "%@ %.1f ms", $0.0, $0.1 * 1000) }.joined(separator: ", ")
    }
}

/// A bad benchmark command line.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
