import CivilTime
import Foundation
import ICalendar
import ParleyKit

/// `parley-bench ics`: times `parley ics`'s work (plan → feeds per series plus `all.ics` →
/// atomic files) on a synthetic plan, and python `icalendar` doing the same from the plan's
/// JSON export when it is installed.
struct IcsFeedsBenchmark {
    struct Options {
        var rounds = 100_000
        var series = 100
        var pythonRounds = 5_000
        var runPython = true
        var runs = 5

        init(arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                func number() throws -> Int {
                    guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                        throw IcsWriteBenchmark.UsageError(message: "\(flag) needs a positive whole number")
                    }
                    return value
                }
                switch flag {
                case "--rounds": rounds = try number()
                case "--series": series = try number()
                case "--python-rounds": pythonRounds = try number()
                case "--runs": runs = try number()
                case "--no-python": runPython = false
                default: throw IcsWriteBenchmark.UsageError(message: "unknown option '\(flag)'")
                }
            }
        }
    }

    var options: Options

    /// Runs the benchmark, prints its report, and returns the process exit code.
    func run() throws -> Int32 {
        // The command first, while this process is small (see ``CommandRun``).
        try measureCommand()
        let plan = IcsFeedsWorkload.plan(rounds: options.rounds, series: options.series)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = ContinuousClock()
        var best: (export: Duration, write: Duration)?
        var totals: [Duration] = []
        var feeds = 0
        var events = 0
        var bytes = 0
        for _ in 0..<options.runs {
            var start = clock.now
            let set = FeedExporter.feeds(of: plan, by: .series)
            let export = clock.now - start
            start = clock.now
            if let failure = Feed.write(set.feeds, into: folder).lazy.compactMap({ $0 }).first { throw failure }
            let write = clock.now - start
            totals.append(export + write)
            if best.map({ export + write < $0.export + $0.write }) ?? true { best = (export, write) }
            feeds = set.feeds.count
            events = set.feeds.reduce(0) { $0 + $1.eventCount }
            bytes = set.feeds.reduce(0) { $0 + $1.byteCount }
        }
        guard let best else { return 1 }
        let total = best.export + best.write
        let median = totals.sorted()[totals.count / 2]
        print(
            "ics: \(options.rounds) rounds in \(options.series) series → \(feeds) feeds (per series + all.ics), \(events) VEVENTs, \(String(format: "%.1f", Double(bytes) / 1e6)) MB"
        )
        print("  plan → feeds   \(milliseconds(best.export))  (events, VTIMEZONEs, serialise)")
        print("  write files    \(milliseconds(best.write))  (atomic: temporary file, fsync, rename, per feed; several at once)")
        print(
            "  total          \(milliseconds(total))  best of \(options.runs), median \(milliseconds(median)); target < 1000 ms: \(total.seconds < 1 ? "met" : "missed")"
        )
        if options.runPython { comparePython(plan: plan, swiftSecondsPerRound: total.seconds / Double(options.rounds)) }
        return 0
    }

    /// `parley ics PLANS --out DIR` as a user runs it (the release `parley`, a separate
    /// process, its report to /dev/null) on plan files on disk: `parley-bench check`'s spread
    /// plan with --series series of --rounds ÷ --series rounds each (two delegates with emails
    /// per series). Each run writes into a new folder; then a run over feeds that are already
    /// up to date (nothing written). Beside it, the library doing the same from the same files.
    private func measureCommand() throws {
        var generator = try CheckBenchmark.Options(arguments: [])
        generator.series = options.series
        generator.roundsPerSeries = max(1, options.rounds / options.series)
        let files = CheckBenchmark(options: generator).generate(.spread)
        let folder = try CommandRun.temporaryFolder("ics-command")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CommandRun.write(files, under: folder)
        let plans = folder.appendingPathComponent("bench").path
        var fresh: CommandRun?
        var peak = 0
        for index in 0..<options.runs {
            let out = folder.appendingPathComponent("out-\(index)").path
            let run = try CommandRun.run([CommandRun.parleyPath, "ics", plans, "--out", out])
            guard run.status == 0 else { throw BenchmarkError("parley ics exited \(run.status)") }
            peak = max(peak, run.peakBytes)
            if run.seconds < fresh?.seconds ?? .infinity { fresh = run }
        }
        let last = folder.appendingPathComponent("out-\(options.runs - 1)").path
        let again = try CommandRun.best(of: options.runs, [CommandRun.parleyPath, "ics", plans, "--out", last])
        let clock = ContinuousClock()
        var library = Duration.seconds(1_000_000)
        var summary = ""
        for index in 0..<options.runs {
            let out = folder.appendingPathComponent("library-\(index)").path
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let start = clock.now
            let loaded = Resolver.load([plans], reader: DiskPlanReader())
            let set = FeedExporter.feeds(of: loaded.plan, by: .series)
            if let failure = Feed.write(set.feeds, into: out).lazy.compactMap({ $0 }).first { throw failure }
            library = min(library, clock.now - start)
            summary =
                "\(set.feeds.count) feeds, \(set.feeds.reduce(0) { $0 + $1.eventCount }) VEVENTs, "
                + String(format: "%.1f MB", Double(set.feeds.reduce(0) { $0 + $1.byteCount }) / 1e6)
        }
        print(
            "parley ics on plan files: parley-bench check's spread plan, \(generator.series) series × \(generator.roundsPerSeries) rounds → \(summary) (best of \(options.runs))"
        )
        if let fresh {
            print(CommandRun(seconds: fresh.seconds, peakBytes: peak, status: 0).line("parley ics bench --out NEW-DIR > /dev/null"))
        }
        print(again.line("parley ics bench --out DIR > /dev/null (up to date)"))
        print("  library: load + feeds + write, same files       \(milliseconds(library))")
    }

    /// Runs `ics_feeds_bench.py` (beside this file) on the first series holding
    /// `--python-rounds` rounds and prints the per-round ratio.
    private func comparePython(plan: Plan, swiftSecondsPerRound: Double) {
        var subset: [Series] = []
        var rounds = 0
        for series in plan.series where rounds < options.pythonRounds {
            subset.append(series)
            rounds += series.rounds.count
        }
        let small = Plan(
            files: plan.files, countries: plan.countries, venues: plan.venues, people: plan.people, series: subset, blackouts: [])
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-python-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        do {
            try FileManager.default.createDirectory(atPath: base + "/feeds", withIntermediateDirectories: true)
            try Data(small.exportJSON(implied: Expansion(window: .around(.minimum), occurrences: [])).utf8).write(
                to: URL(fileURLWithPath: base + "/plan.json"))
        } catch {
            print("python icalendar: skipped (\(error))")
            return
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ics_feeds_bench.py").path
        let python = CommandRun.capture("/usr/bin/env", ["python3", script, base + "/plan.json", base + "/feeds"])
        guard python.status >= 0 else {
            print("python icalendar: skipped (cannot run python3: \(python.error))")
            return
        }
        let text = python.output
        guard python.status == 0,
            let field = text.split(separator: " ").first(where: { $0.hasPrefix("seconds=") }),
            let seconds = Double(field.dropFirst("seconds=".count).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            print(
                "python icalendar: skipped (python3 cannot import icalendar or the script failed: \(text.trimmingCharacters(in: .whitespacesAndNewlines)))"
            )
            return
        }
        let perRound = seconds / Double(rounds)
        print("python icalendar: \(rounds) rounds in \(String(format: "%.2f", seconds)) s (same feeds: events, VTIMEZONEs, to_ical, files)")
        print("ratio: Swift is \(Int(perRound / swiftSecondsPerRound))× faster per round")
    }

    private func milliseconds(_ duration: Duration) -> String {
        String(format: "%8.1f ms", duration.seconds * 1000)
    }
}
