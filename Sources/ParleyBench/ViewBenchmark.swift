import Foundation

/// `parley-bench view`: `parley view` end to end as a user runs it (a separate release
/// process, output to /dev/null, best of --runs), on the spread 20,000-round plan of
/// `parley-bench check` (2,000 series, 2020–2029; the page draws 300 rows and counts the
/// rest), over the default window and over every round, and on the shipped `Plans` when run
/// from the repository (targets: < 1 s and < 50 ms).
struct ViewBenchmark {
    var runs = 3

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard flag == "--runs", let text = rest.popFirst(), let value = Int(text), value > 0 else {
                throw BenchmarkError("unknown option '\(flag)' (only --runs N)")
            }
            runs = value
        }
    }

    func run() throws -> Int32 {
        let files = CheckBenchmark(options: try CheckBenchmark.Options(arguments: [])).generate(.spread)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-view-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try RoundsDiffBenchmark.write(files, under: folder)
        let plan = folder + "/bench"
        let parley = CommandRun.parleyPath
        let spread = try CommandRun.best(of: runs, [parley, "view", plan, "--today", "2026-06-01"])
        let everything = try CommandRun.best(
            of: runs, [parley, "view", plan, "--today", "2026-06-01", "--from", "2019-01-01", "--to", "2030-12-31"])
        let svg = try CommandRun.best(of: runs, [parley, "view", plan, "--today", "2026-06-01", "--format", "svg"])
        print("parley view of the spread 20,000-round plan (2,000 series; 300 rows drawn), best of \(runs):")
        print("  2026-2027 (default window), HTML    \(spread.summary)  (target < 1 s)")
        print("  2019-2030 (every round), HTML       \(everything.summary)  (target < 1 s)")
        print("  2026-2027, SVG                      \(svg.summary)")
        if FileManager.default.fileExists(atPath: "Plans") {
            let shipped = try CommandRun.best(of: runs, [parley, "view", "Plans", "--today", "2026-06-01"])
            print("  shipped Plans, HTML                 \(shipped.summary)  (target < 50 ms)")
        }
        return 0
    }
}
