import CivilTime
import Foundation
import ICalendar
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
                guard let text = rest.popFirst(), let value = Int(text), value > 0 || (flag == "--doublings" && value == 0) else {
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

    /// The files of the plan at `scale` times the base size: the plan and one busy calendar per person.
    private func workload(scale: Int) -> (files: [String: String], people: Int, perPerson: Int) {
        let people = options.people * scale
        var files = ConflictsWorkload.files(people: people)
        let perPerson = max(1, options.busyEvents * scale / people)
        for person in 0..<people {
            files["bench/calendars/p\(person).ics"] = ConflictsWorkload.busyCalendar(person: person, events: perPerson)
        }
        return (files, people, perPerson)
    }

    /// Runs every size and prints the report; returns the process exit code.
    func run() throws -> Int32 {
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        // The command first, while this process is small (see ``CommandRun``).
        let largest = workload(scale: 1 << options.doublings)
        let folder = try CommandRun.temporaryFolder("conflicts")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CommandRun.write(largest.files, under: folder)
        let command = try CommandRun.best(
            of: options.runs, [CommandRun.parleyPath, "check", folder.appendingPathComponent("bench").path, "--today", "\(today)"],
            accepting: [0, 1])
        print("the largest plan (\(largest.people) people), the release parley as a user runs it (best of \(options.runs)):")
        print(command.line("parley check bench --today \(today) > /dev/null"))
        print("in the library: plans of ConflictsWorkload, today \(today), window \(DateWindow.around(today)); best of \(options.runs)")
        print(["people", "rounds", "attend.", "busy", "load ms", "check ms", "total ms", "findings", "growth"].map { pad($0, 9) }.joined())
        var previous: Double?
        var lastReader: MemoryPlanReader?
        for doubling in 0...options.doublings {
            let scale = 1 << doubling
            let (files, people, perPerson) = workload(scale: scale)
            let reader = MemoryPlanReader(files)
            lastReader = reader
            var best: (load: Duration, check: Duration, rounds: Int, attendances: Int, findings: Int)?
            for _ in 0..<options.runs {
                let clock = ContinuousClock()
                let start = clock.now
                let loaded = Resolver.load(["bench"], reader: reader)
                let loadedAt = clock.now
                let result = Checker.check(loaded, options: CheckOptions(today: today, reader: reader))
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
                "\(people)", "\(best.rounds)", "\(best.attendances)", "\(perPerson * people)",
                String(format: "%.1f", best.load.seconds * 1000),
                String(format: "%.1f", best.check.seconds * 1000), String(format: "%.1f", total * 1000), "\(best.findings)", growth,
            ]
            print(cells.map { pad($0, 9) }.joined())
            previous = total
        }
        if let largest = lastReader { phases(reader: largest, today: today) }
        print("growth: total time relative to the size before (n log n doubling ≈ ×2.1–2.2; n² ≈ ×4)")
        return 0
    }

    /// Times each phase of one check of the largest plan: expansion, the conflict index,
    /// the calendars, reading and expanding the busy calendars, and each rule.
    private func phases(reader: MemoryPlanReader, today: LocalDate) {
        let clock = ContinuousClock()
        let loaded = Resolver.load(["bench"], reader: reader)
        let window = DateWindow.around(today)
        var start = clock.now
        let expansion = Expander.expand(loaded.plan, in: window)
        var line = "phases of the largest: expand \(milliseconds(clock.now - start))"
        start = clock.now
        let busy = BusyCalendars(plan: loaded.plan, reader: reader, window: window)
        line += ", busy calendars \(milliseconds(clock.now - start))"
        start = clock.now
        var texts: [String] = []
        for person in loaded.plan.people {
            if case .success(let text) = reader.read("bench/calendars/\(person.id).ics") { texts.append(text) }
        }
        let calendars = texts.compactMap { try? CalendarReader().read($0).calendar }
        line += " (read \(milliseconds(clock.now - start))"
        start = clock.now
        let collected = calendars.map { CalendarEvents(calendar: $0) }
        line += ", collect \(milliseconds(clock.now - start))"
        start = clock.now
        let count = collected.reduce(0) {
            $0
                + ((try? $1.occurrences(from: Instant(secondsSinceEpoch: 1_700_000_000), to: Instant(secondsSinceEpoch: 1_900_000_000)))?
                    .count ?? 0)
        }
        line += ", expand \(milliseconds(clock.now - start)) for \(count))"
        start = clock.now
        let context = RuleContext(plan: loaded.plan, expansion: expansion, today: today, busy: busy)
        line += ", index + calendars \(milliseconds(clock.now - start))"
        for rule in RuleCatalog.all {
            start = clock.now
            let found = rule.check(context).count
            line += ", \(rule.code) \(milliseconds(clock.now - start)) (\(found))"
        }
        print(line)
    }

    /// `12.3 ms`.
    private func milliseconds(_ duration: Duration) -> String { String(format: "%.1f ms", duration.seconds * 1000) }

    /// `text` right-aligned in `width` columns.
    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
