import CivilTime
import Foundation
import ParleyKit

/// `parley-bench rounds` and `parley-bench diff` on the spread 20,000-round plan of
/// `parley-bench check` (2,000 series of ten rounds, 2020–2029), written to disk:
///
/// - **rounds**: `parley rounds PLAN --format csv` over a window holding every round (load,
///   check, list, CSV), target under 300 ms;
/// - **diff**: `parley diff OLD NEW` where NEW has one round line in ten moved a week later,
///   target under 1 s.
///
/// Each is timed as the release `parley` run as a separate process (output to /dev/null), the
/// command first while this process is small (see ``CommandRun``), then the same work in the
/// library, best of --runs.
struct RoundsDiffBenchmark {
    /// Which command.
    enum Kind: String {
        case rounds, diff
    }

    let kind: Kind
    var runs = 3

    init(_ kind: Kind, arguments: [String]) throws {
        self.kind = kind
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(kind.rawValue)-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var moved = 0
        let changed = files.mapValues { Self.moveEveryTenthRound($0, count: &moved) }
        try Self.write(files, under: folder + "/old")
        try Self.write(changed, under: folder + "/new")
        let old = folder + "/old/bench"
        let new = folder + "/new/bench"
        let today = "2026-06-01"
        let day = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        let window = DateWindow(
            from: LocalDate(year: 2019, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2031, month: 1, day: 1) ?? .maximum)
        let clock = ContinuousClock()
        var library = Double.infinity
        switch kind {
        case .rounds:
            let command = try CommandRun.best(
                of: runs,
                [
                    CommandRun.parleyPath, "rounds", old, "--format", "csv", "--today", today, "--from", "\(window.from)", "--to",
                    "\(window.through)",
                ])
            var rows = 0
            for _ in 0..<runs {
                let start = clock.now
                let reader = DiskPlanReader()
                let loaded = Resolver.load([old], reader: reader)
                let result = Checker.check(loaded, options: CheckOptions(today: day, window: window, reader: reader, suggestions: false))
                let listing = RoundListing(plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: window)
                var size = 0
                var writer = CSVWriter(header: RoundListing.csvHeader(findings: true), flushingEvery: 1 << 18) { size += $0.count }
                listing.writeCSV(to: &writer, findings: true)
                writer.finish()
                rows = listing.entries.count
                library = min(library, (clock.now - start).seconds)
            }
            print("rounds --format csv of the spread plan (\(rows) rounds listed, best of \(runs)):")
            print("  parley rounds, end to end           \(command.summary)  (target < 300 ms)")
            print(String(format: "  library: load, check, list, CSV     %.1f ms", library * 1000))
        case .diff:
            // diff exits 1 when the moves bring errors, so CommandRun.best (exit 0 only) does not fit.
            var command: CommandRun?
            for _ in 0..<runs {
                let run = try CommandRun.run([CommandRun.parleyPath, "diff", old, new, "--today", today])
                guard run.status <= 1 else { throw BenchmarkError("parley diff exited \(run.status)") }
                if run.seconds < command?.seconds ?? .infinity { command = run }
            }
            var summary = ""
            for _ in 0..<runs {
                let start = clock.now
                let sides = [old, new].map { path in
                    let reader = DiskPlanReader()
                    return PlanSnapshot(
                        Resolver.load([path], reader: reader), options: CheckOptions(today: day, reader: reader, suggestions: false))
                }
                summary = PlanDiff(old: sides[0], new: sides[1]).summary
                library = min(library, (clock.now - start).seconds)
            }
            print("diff of two spread plans, \(moved) of 20,000 round lines moved a week (best of \(runs)):")
            print("  \(summary)")
            print("  parley diff, end to end             \(command?.summary ?? "-")  (target < 1 s)")
            print(String(format: "  library: both sides, one thread     %.1f ms", library * 1000))
        }
        return 0
    }

    /// `text` with every tenth `round` line (counted over all files' lines as met) a week later.
    static func moveEveryTenthRound(_ text: String, count: inout Int) -> String {
        var seen = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  round ") else { return String(line) }
            seen += 1
            var words = line.split(separator: " ").map(String.init)
            guard seen % 10 == 0, words.count > 3, let date = ISO8601.date(words[3]), let later = date.adding(days: 7) else {
                return String(line)
            }
            words[3] = "\(later)"
            count += 1
            return "  " + words.joined(separator: " ")
        }
        return lines.joined(separator: "\n")
    }

    static func write(_ files: [String: String], under folder: String) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
