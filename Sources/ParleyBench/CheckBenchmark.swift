import CivilTime
import Foundation
import ParleyKit

/// `parley-bench check`: generates a large plan (by default 200 countries, 2,000 series,
/// 20,000 rounds, 500 people, 100 blackouts across 21 files), then times parsing and
/// resolving it, and checking it over a window that holds every round.
struct CheckBenchmark {
    /// The sizes of the generated plan.
    struct Options {
        var countries = 200
        var series = 2_000
        var roundsPerSeries = 10
        var people = 500
        var runs = 3

        init(arguments: [String]) throws {
            var index = 0
            while index < arguments.count {
                let name = arguments[index]
                guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else {
                    throw BenchmarkError("\(name) needs a positive whole number")
                }
                switch name {
                case "--countries": countries = max(2, value)
                case "--series": series = value
                case "--rounds-per-series": roundsPerSeries = value
                case "--people": people = value
                case "--runs": runs = value
                default: throw BenchmarkError("unknown option \(name)")
                }
                index += 2
            }
        }
    }

    let options: Options

    /// The generated files, by path: `bench/partners.parley` and twenty track files.
    func generate() -> [String: String] {
        let zones = ["Asia/Jakarta", "Europe/Moscow", "Australia/Sydney", "Asia/Kolkata", "Asia/Singapore", "Europe/Berlin", "America/New_York", "Africa/Nairobi"]
        var partners = ""
        for index in 0..<options.countries {
            partners += "country C\(index) \"Country \(index)\"\n  timezone \(zones[index % zones.count])\n  weekend sat sun\n"
            partners += "venue v\(index) \"Capital \(index)\" in C\(index)\n"
        }
        for index in 0..<options.people {
            partners += "person p\(index) \"Official \(index)\" of C\(index % options.countries)\n  email \"p\(index)@example.org\"\n"
        }
        for index in 0..<100 {
            let day = 1 + index % 28
            partners += "blackout 20\(20 + index % 10)-0\(1 + index % 9)-\(day < 10 ? "0" : "")\(day) for C\(index % options.countries) \"election \(index)\" soft\n"
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
                let isExchange = index % 2 == 1
                text += "\(isExchange ? "exchange" : "dialogue") s\(index) \"Track \(index)\"\n  partners C\(a) C\(b)\n  every 12 months\n  lasting 2 days\n"
                text += "  hosts alternate v\(a) v\(b)\n  delegates p\(index % options.people) p\((index + 1) % options.people)\n  gap at least 6 months\n"
                if isExchange { text += "  within 120 days after s\(index - 1)\n" }
                for round in 0..<options.roundsPerSeries {
                    let month = isExchange ? 5 : 3
                    text += "  round \(round + 1) on \(2020 + round)-0\(month)-1\(index % 10) at v\(round % 2 == 0 ? a : b) \(2020 + round < 2026 ? "held" : "planned")\n"
                }
            }
            files["bench/track-\(file).parley"] = text
        }
        return files
    }

    /// Runs the benchmark and prints the figures; returns the exit status.
    func run() throws -> Int32 {
        let files = generate()
        let bytes = files.values.reduce(0) { $0 + $1.utf8.count }
        let reader = MemoryPlanReader(files)
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        let window = DateWindow(from: LocalDate(year: 2019, month: 1, day: 1) ?? .minimum, through: LocalDate(year: 2031, month: 12, day: 31) ?? .maximum)
        var best = (load: Double.infinity, check: Double.infinity)
        var summary = ""
        for _ in 0..<options.runs {
            let start = Date()
            let loaded = Resolver.load(["bench"], reader: reader)
            let loadedAt = Date()
            let result = Checker.check(loaded, options: CheckOptions(today: today, window: window))
            let end = Date()
            best.load = min(best.load, loadedAt.timeIntervalSince(start))
            best.check = min(best.check, end.timeIntervalSince(loadedAt))
            let rounds = loaded.plan.series.reduce(0) { $0 + $1.rounds.count }
            summary = "\(loaded.plan.countries.count) countries, \(loaded.plan.series.count) series, \(rounds) rounds, \(loaded.plan.people.count) people, \(loaded.plan.blackouts.count) blackouts in \(files.count) files (\(bytes / 1024) KiB); \(result.expansion.occurrences.count) occurrences checked, \(result.findings.count) findings (\(result.errorCount) errors)"
            guard !loaded.hasInputErrors else {
                print("generated plan has input errors:\n" + TextReporter.report(loaded.findings.prefix(5).map { $0 }, sources: loaded.sources))
                return 1
            }
        }
        print(summary)
        let loaded = Resolver.load(["bench"], reader: reader)
        var phases: [(String, Double)] = []
        var start = Date()
        let expansion = Expander.expand(loaded.plan, in: window)
        phases.append(("expand", Date().timeIntervalSince(start)))
        let context = RuleContext(plan: loaded.plan, expansion: expansion, today: today)
        for rule in RuleCatalog.all {
            start = Date()
            _ = rule.check(context)
            phases.append((rule.code, Date().timeIntervalSince(start)))
        }
        print("check phases: " + phases.map { String(format: "%@ %.1f ms", $0.0, $0.1 * 1000) }.joined(separator: ", "))
        print(String(format: "parse + resolve: %.1f ms   check: %.1f ms   total: %.1f ms   (best of %d runs)", best.load * 1000, best.check * 1000, (best.load + best.check) * 1000, options.runs))
        return 0
    }
}

/// A bad benchmark command line.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
