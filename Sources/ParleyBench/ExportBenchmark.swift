import CivilTime
import Foundation
import ParleyKit

/// `parley-bench export`: a plan of --series N series (default 100,000; two rounds each, the
/// spread plan of `parley-bench check`), exported as JSON by the library (resolve excluded) and
/// by the release `parley export --format json` as a separate process with output to
/// /dev/null; each as megabytes of output per second (target ≥ 100 MB/s end to end).
struct ExportBenchmark {
    var series = 100_000
    var runs = 3

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                throw BenchmarkError("\(flag) needs a positive whole number")
            }
            switch flag {
            case "--series": series = value
            case "--runs": runs = value
            default: throw BenchmarkError("unknown option '\(flag)'")
            }
        }
    }

    func run() throws -> Int32 {
        var options = try CheckBenchmark.Options(arguments: [])
        options.series = series
        options.roundsPerSeries = 2
        options.countries = 200
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-export-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for (path, text) in CheckBenchmark(options: options).generate(.spread) {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        let plans = folder.appendingPathComponent("bench").path
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        // The command first, while this process is small (see ``CommandRun``).
        let command = try CommandRun.best(of: runs, [CommandRun.parleyPath, "export", plans, "--format", "json", "--today", "\(today)"])
        let loaded = Resolver.load([plans], reader: DiskPlanReader())
        guard !loaded.hasInputErrors else { throw BenchmarkError("the generated plan has input errors") }
        let clock = ContinuousClock()
        var size = 0
        var library = Double.infinity
        for _ in 0..<runs {
            let start = clock.now
            var writer = JSONWriter(flushingEvery: 1 << 18) { size += $0.count }
            size = 0
            loaded.plan.writeExport(to: &writer, implied: Expander.expand(loaded.plan, in: .around(today)))
            library = min(library, (clock.now - start).seconds)
        }
        let megabytes = Double(size) / 1_000_000
        print("export --format json of \(series) series (\(String(format: "%.1f", megabytes)) MB of JSON, best of \(runs)):")
        print(String(format: "  library: plan → JSON bytes           %.1f ms  %.0f MB/s", library * 1000, megabytes / library))
        print(
            "  parley export, end to end            \(command.summary)  "
                + String(format: "%.0f MB/s (target ≥ 100; includes reading and resolving the plan)", megabytes / command.seconds))
        return 0
    }
}
