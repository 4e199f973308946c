import CivilTime
import Foundation
import ParleyKit

/// `parley-bench conflicts`: times `parley check` (load, expand, index, every rule) on the
/// synthetic plans of ``ConflictsWorkload``, at a base size and at each doubling, and reports how
/// the time grows.
struct ConflictsBenchmark {
    struct Options {
        var people = 500
        var busyEvents = 10_000
        var doublings = 3
        var runs = 3

        init(arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                    throw BenchmarkError("\(flag) needs a positive whole number")
                }
                switch flag {
                case "--people": people = value
                case "--busy-events": busyEvents = value
                case "--doublings": doublings = value
                case "--runs": runs = value
                default: throw BenchmarkError("unknown option '\(flag)'")
                }
            }
        }
    }

    var options: Options

    /// Runs every size and prints the report; returns the process exit code.
    func run() -> Int32 {
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        print("check: plans of ConflictsWorkload, today \(today), window \(DateWindow.around(today)); best of \(options.runs)")
        print(["people", "rounds", "attend.", "busy", "load ms", "check ms", "total ms", "findings", "growth"].map { pad($0, 9) }.joined())
        var previous: Double?
        for doubling in 0...options.doublings {
            let scale = 1 << doubling
            let people = options.people * scale
            var files = ConflictsWorkload.files(people: people)
            let perPerson = max(1, options.busyEvents * scale / people)
            for person in 0..<people { files["bench/calendars/p\(person).ics"] = ConflictsWorkload.busyCalendar(person: person, events: perPerson) }
            let reader = MemoryPlanReader(files)
            var best: (load: Duration, check: Duration, rounds: Int, attendances: Int, findings: Int)?
            for _ in 0..<options.runs {
                let clock = ContinuousClock()
                let start = clock.now
                let loaded = Resolver.load(["bench"], reader: reader)
                let loadedAt = clock.now
                let result = Checker.check(loaded, options: CheckOptions(today: today))
                let end = clock.now
                let rounds = result.expansion.occurrences.count { !$0.isImplied }
                let attendances = loaded.plan.series.reduce(0) { $0 + $1.delegates.count * $1.rounds.count }
                let run = (loadedAt - start, end - loadedAt, rounds, attendances, result.findings.count)
                if best.map({ run.0 + run.1 < $0.load + $0.check }) ?? true { best = run }
            }
            guard let best else { continue }
            let total = (best.load + best.check).seconds
            let growth = previous.map { String(format: "×%.2f", total / $0) } ?? "—"
            let cells = [
                "\(people)", "\(best.rounds)", "\(best.attendances)", "\(perPerson * people)", String(format: "%.1f", best.load.seconds * 1000),
                String(format: "%.1f", best.check.seconds * 1000), String(format: "%.1f", total * 1000), "\(best.findings)", growth,
            ]
            print(cells.map { pad($0, 9) }.joined())
            previous = total
        }
        print("growth: total time relative to the size before (n log n doubling ≈ ×2.1–2.2; n² ≈ ×4)")
        return 0
    }

    /// `text` right-aligned in `width` columns.
    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
