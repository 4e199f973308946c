import CivilTime
import Foundation
import ICalendar

/// `parley-bench expand`: (a) 1,000,000 occurrences of a daily rule in Europe/Moscow,
/// (b) 100,000 of `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1` in America/New_York,
/// (c) reading and expanding a 10,000-event calendar over 2026; and, when `python3` has the
/// libraries, python-dateutil (a, b) and `icalendar` + `recurring-ical-events` (c) doing the
/// same work, with the ratios. (d) times the command a user runs, `parley expand --ics FILE
/// --between 2026 2027` as a separate process with output to /dev/null, on a 10,000-event
/// calendar written by python `icalendar` (see `ics_expand_calendar.py`), beside the library
/// figure, against libical parsing the same file (`libical_parse_bench.c`, built by
/// `build_libical_bench.sh` when `cc` and libical are present), printed as a ratio.
struct ExpandBenchmark {
    var runs = 5
    var runPython = true
    /// The cases to run (`--case a|b|c|d`, repeatable; all by default), e.g. to profile one.
    var cases: Set<String> = Self.allCases
    static let allCases: Set<String> = ["a", "b", "c", "d"]

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch flag {
            case "--no-python": runPython = false
            case "--case":
                guard let name = rest.popFirst(), Self.allCases.contains(name) else {
                    throw IcsWriteBenchmark.UsageError(message: "--case needs a, b, c or d")
                }
                if cases == Self.allCases { cases = [] }
                cases.insert(name)
            case "--runs":
                guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                    throw IcsWriteBenchmark.UsageError(message: "--runs needs a positive whole number")
                }
                runs = value
            default: throw IcsWriteBenchmark.UsageError(message: "unknown option '\(flag)'")
            }
        }
    }

    func run() throws -> Int32 {
        let calendarPath = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-expand.ics").path
        try Data(Self.calendarText(events: 10_000).utf8).write(to: URL(fileURLWithPath: calendarPath))
        defer { try? FileManager.default.removeItem(atPath: calendarPath) }
        // First, while this process is small: a child's ru_maxrss on Linux starts from its parent's at spawn.
        if cases.contains("a") { try endToEnd() }
        var swift: [String: Timing] = [:]
        print("expand (best of \(runs)):")
        if cases.contains("a") {
            let a = try best { try Self.expandRule("FREQ=DAILY", tzid: "Europe/Moscow", count: 1_000_000) }
            swift["a"] = a
            print("  (a) 1,000,000 × FREQ=DAILY in Europe/Moscow                         \(format(a.seconds)) (\(a.count) occurrences)")
        }
        if cases.contains("b") {
            let b = try best {
                try Self.expandRule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", tzid: "America/New_York", count: 100_000)
            }
            swift["b"] = b
            print("  (b) 100,000 × MONTHLY;BYDAY=MO..FR;BYSETPOS=-1 in America/New_York    \(format(b.seconds)) (\(b.count) occurrences)")
        }
        if cases.contains("c") {
            let c = try best { try Self.expandCalendar(path: calendarPath) }
            swift["c"] = c
            print("  (c) read + expand a 10,000-event calendar over 2026                   \(format(c.seconds)) (\(c.count) occurrences)")
        }
        if runPython { comparePython(swift: swift, calendarPath: calendarPath) }
        if cases.contains("d") { try IcsExpandCommandCase(runs: runs).run() }
        return 0
    }

    /// `parley expand 'FREQ=DAILY' --start 2026-01-01T09:00 --tz Europe/Moscow --count 1000000`
    /// (text and `--format json`) as a user runs it: the release binary, output to /dev/null,
    /// wall time and peak memory (targets: 150 ms, 50 MB), beside python-dateutil printing the
    /// same lines.
    private func endToEnd() throws {
        let base = [
            CommandRun.parleyPath, "expand", "FREQ=DAILY", "--start", "2026-01-01T09:00", "--tz", "Europe/Moscow", "--count", "1000000",
        ]
        print("parley expand, end to end (\(CommandRun.parleyPath), stdout → /dev/null, best of \(runs); target ≤ 150 ms, ≤ 50 MB):")
        let text = try CommandRun.best(of: runs, base)
        print("  1,000,000 × FREQ=DAILY in Europe/Moscow, text   \(text.summary)")
        let json = try CommandRun.best(of: runs, base + ["--format", "json"])
        print("  1,000,000 × FREQ=DAILY in Europe/Moscow, json   \(json.summary)")
        guard runPython else { return }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("expand_bench.py").path
        let python = try? CommandRun.run(["/usr/bin/env", "python3", script, "--print"])
        if let python, python.status == 0 {
            print(
                "  python-dateutil printing the same lines        \(python.summary) → parley is "
                    + String(format: "%.0f× faster (text), %.0f× (json)", python.seconds / text.seconds, python.seconds / json.seconds))
        } else {
            print("  python-dateutil printing the same lines        skipped (python3 or dateutil missing)")
        }
    }

    struct Timing {
        var seconds: Double
        var count: Int
    }

    private func best(_ work: () throws -> Int) throws -> Timing {
        let clock = ContinuousClock()
        var fastest = Timing(seconds: .infinity, count: 0)
        for _ in 0..<runs {
            let start = clock.now
            let count = try work()
            let elapsed = (clock.now - start).seconds
            if elapsed < fastest.seconds { fastest = Timing(seconds: elapsed, count: count) }
        }
        return fastest
    }

    static func expandRule(_ text: String, tzid: String, count: Int) throws -> Int {
        let zone = try ZoneRules.named(tzid)
        guard let start = LocalDateTime(year: 2026, month: 1, day: 1, hour: 9) else { return 0 }
        var iterator = try RecurrenceRule(parsing: text).expansion(from: .zoned(start, tzid: tzid), zone: zone)
        var produced = 0
        var checksum: Int64 = 0
        while produced < count, let local = try iterator.next() {
            checksum &+= zone.instant(for: local).secondsSinceEpoch
            produced += 1
        }
        return checksum == 0 ? 0 : produced
    }

    static func expandCalendar(path: String) throws -> Int {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let calendar = try CalendarReader().read(bytes: bytes).calendar else { return 0 }
        let events = CalendarEvents(calendar: calendar)
        guard !events.diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
        let from = Instant(secondsSinceEpoch: 1_767_225_600)
        return try events.occurrences(from: from, to: from.adding(seconds: 365 * 86_400)).count
    }

    /// 10,000 events in five zones: a third weekly series with COUNT, a third monthly by
    /// weekday, a third single; some with EXDATEs and overrides.
    static func calendarText(events: Int) -> String {
        let zones = ["Asia/Jakarta", "Europe/Moscow", "Asia/Kolkata", "Australia/Sydney", "America/New_York"]
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parley//bench//EN"]
        for index in 0..<events {
            let zone = zones[index % zones.count]
            let month = index % 12 + 1
            let day = index % 28 + 1
            let hour = 9 + index % 8
            let start = "2026\(month < 10 ? "0" : "")\(month)\(day < 10 ? "0" : "")\(day)T\(hour < 10 ? "0" : "")\(hour)0000"
            lines += [
                "BEGIN:VEVENT", "UID:bench-\(index)@parley", "DTSTAMP:20260101T000000Z", "SUMMARY:Consultation round \(index)",
                "DTSTART;TZID=\(zone):\(start)", "DURATION:PT1H30M",
            ]
            switch index % 3 {
            case 0:
                lines.append("RRULE:FREQ=WEEKLY;COUNT=20;BYDAY=MO,TH")
                lines.append("EXDATE;TZID=\(zone):\(start)")
            case 1: lines.append("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T000000Z")
            default: break
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private func comparePython(swift: [String: Timing], calendarPath: String) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("expand_bench.py").path
        let python = CommandRun.capture("/usr/bin/env", ["python3", script, calendarPath])
        guard python.status >= 0 else {
            print("python: skipped (cannot run python3: \(python.error))")
            return
        }
        let names = ["a": "python-dateutil", "b": "python-dateutil", "c": "icalendar + recurring-ical-events"]
        for line in python.output.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count >= 2, let name = fields.first.map(String.init), let ours = swift[name] else { continue }
            guard let seconds = Double(fields[1]) else {
                print("  (\(name)) \(names[name] ?? "python"): skipped (\(fields.dropFirst(2).joined()))")
                continue
            }
            let ratio = seconds / ours.seconds
            print(
                "  (\(name)) \(names[name] ?? "python"): \(format(seconds)) → Parley is \(String(format: "%.0f", ratio))× faster (\(fields.count > 2 ? fields[2] : "") occurrences)"
            )
        }
    }

    private func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}
