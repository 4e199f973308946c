import Basics
import Foundation
import ICalendar

/// `parley-bench ics-write`: times building a large calendar, serialising it with
/// `CalendarWriter` and writing it to a file with `AtomicFile`, with and without `fsync`, and
/// python `icalendar` doing the same when it is installed, for the heavy and the light events
/// of ``IcsWriteWorkload``.
struct IcsWriteBenchmark {
    struct Options {
        var events = 100_000
        var pythonEvents = 10_000
        var runPython = true
        var output: String?
        var runs = 5
        var kinds = IcsWriteWorkload.Kind.allCases

        init(arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                func number() throws -> Int {
                    guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                        throw UsageError(message: "\(flag) needs a positive whole number")
                    }
                    return value
                }
                switch flag {
                case "--events": events = try number()
                case "--python-events": pythonEvents = try number()
                case "--runs": runs = try number()
                case "--no-python": runPython = false
                case "--kind":
                    guard let text = rest.popFirst(), let kind = IcsWriteWorkload.Kind(rawValue: text) else {
                        throw UsageError(message: "--kind needs heavy or light")
                    }
                    kinds = [kind]
                case "--out":
                    guard let path = rest.popFirst() else { throw UsageError(message: "--out needs a file path") }
                    output = path
                default: throw UsageError(message: "unknown option '\(flag)'")
                }
            }
        }
    }

    struct UsageError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Wall-clock and CPU time of one phase. CPU time (the process's, all threads) leaves out
    /// the time spent waiting for a core, which matters on a shared machine; for the file
    /// phases it includes the kernel's copying into the page cache but not the wait for the disk.
    struct Timing {
        var wall: Duration = .zero
        var cpu: Duration = .zero

        static func + (lhs: Timing, rhs: Timing) -> Timing {
            Timing(wall: lhs.wall + rhs.wall, cpu: lhs.cpu + rhs.cpu)
        }
    }

    struct Phases {
        var build = Timing()
        var timeZones = Timing()
        var serialise = Timing()
        var file = Timing()
        var fileWithoutFsync = Timing()
        var fileReplacing = Timing()
        var bytes = 0
        var total: Timing { build + timeZones + serialise + file }
    }

    var options: Options

    /// Runs the benchmark and prints its report; returns the process exit code.
    func run() throws -> Int32 {
        var warm = CalendarWriter(reservingCapacity: 1 << 20)
        for kind in options.kinds { try run(kind, warm: &warm) }
        return 0
    }

    private func run(_ kind: IcsWriteWorkload.Kind, warm: inout CalendarWriter) throws {
        let path = options.output ?? FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-write.ics").path
        var all: [Phases] = []
        for _ in 0..<options.runs { all.append(try once(kind, path: path, warm: &warm)) }
        let best = all.min { $0.total.wall < $1.total.wall } ?? Phases()
        let median = all.map(\.total.wall).sorted()[all.count / 2]
        func row(_ name: String, _ timing: Timing, _ note: String = "") {
            print(
                "  \(name.padding(toLength: 30, withPad: " ", startingAt: 0)) \(milliseconds(timing.wall))  \(milliseconds(timing.cpu))  \(note)"
            )
        }
        let perEvent = best.bytes / max(options.events, 1)
        print(
            "ics-write \(kind.rawValue): \(grouped(options.events)) events of ~\(perEvent) octets in \(IcsWriteWorkload.zones.count) zones with VTIMEZONEs, \(megabytes(best.bytes)) → \(path)"
        )
        print("  phase (best of \(options.runs) runs)                wall          CPU")
        row("build model", best.build, "the bench's own code: CalendarEvent values with their strings")
        row("VTIMEZONEs", best.timeZones, "addTimeZones(): scan the events, generate the zones")
        row("serialise", best.serialise, "CalendarWriter into a buffer already allocated, one thread")
        row("write file + fsync + rename", best.file, "AtomicFile: temporary file, write, fsync, rename")
        row("total", best.total, "median wall \(milliseconds(median).trimmingCharacters(in: .whitespaces))")
        row("write file, no fsync", best.fileWithoutFsync, "not in the total: the same, durable: false")
        row("write file over old file", best.fileReplacing, "not in the total: fsync, replacing the file of the same size")
        let perSecond = { (duration: Duration) in grouped(Int(Double(options.events) / duration.seconds)) }
        let written = best.serialise.wall + best.file.wall
        print(
            "  events/s (wall): \(perSecond(best.total.wall)) end to end; \(perSecond(written)) serialised and written with fsync;"
                + " \(perSecond(best.serialise.wall)) serialising")
        let writtenText = milliseconds(written).trimmingCharacters(in: .whitespaces)
        let totalText = milliseconds(best.total.wall).trimmingCharacters(in: .whitespaces)
        print(
            "  \(grouped(options.events)) events serialised and written to a file: \(writtenText) with fsync; \(totalText) with the model built"
        )
        if options.output == nil { try? FileManager.default.removeItem(atPath: path) }
        if options.runPython { comparePython(kind, swift: best.total, events: options.events) }
    }

    private func measure(_ body: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        let cpuStart = Self.processCPUTime()
        let start = clock.now
        try body()
        return Timing(wall: clock.now - start, cpu: Self.processCPUTime() - cpuStart)
    }

    private static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    private func once(_ kind: IcsWriteWorkload.Kind, path: String, warm: inout CalendarWriter) throws -> Phases {
        var phases = Phases()
        var calendar = CalendarDocument(productID: "")
        phases.build = measure { calendar = IcsWriteWorkload.calendar(events: options.events, kind: kind) }
        phases.timeZones = try measure { try calendar.addTimeZones() }
        warm.removeAll()
        phases.serialise = try measure { try warm.write(calendar) }
        phases.bytes = warm.count
        // Each file phase writes a new file: replacing a 62 MB file costs 30–70 ms more in
        // rename(2) on this machine (the kernel frees the old file's blocks), timed apart.
        func fresh(_ body: () throws -> Void) throws -> Timing {
            try? FileManager.default.removeItem(atPath: path)
            return try measure(body)
        }
        phases.file = try fresh { try Self.writeFile(warm, to: path, durable: true) }
        phases.fileReplacing = try measure { try Self.writeFile(warm, to: path, durable: true) }
        phases.fileWithoutFsync = try fresh { try Self.writeFile(warm, to: path, durable: false) }
        return phases
    }

    private static func writeFile(_ writer: borrowing CalendarWriter, to path: String, durable: Bool) throws {
        try AtomicFile.write(to: path, durable: durable) { (file: inout AtomicFile) throws(AtomicFileError) in
            try writer.withBytes { (bytes) throws(AtomicFileError) in try file.append(UnsafeRawBufferPointer(bytes)) }
        }
    }

    /// Runs `ics_write_bench.py` (beside this file) with `python3` and prints the ratios,
    /// per event, of wall-clock time and of CPU time.
    private func comparePython(_ kind: IcsWriteWorkload.Kind, swift: Timing, events: Int) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ics_write_bench.py").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-write-python.ics").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let python = CommandRun.capture("/usr/bin/env", ["python3", script, String(options.pythonEvents), output, kind.rawValue])
        guard python.status >= 0 else {
            print("python icalendar: skipped (cannot run python3: \(python.error))")
            return
        }
        let text = python.output.trimmingCharacters(in: .whitespacesAndNewlines)
        var fields: [String: Double] = [:]
        for field in text.split(separator: " ") {
            let pair = field.split(separator: "=", maxSplits: 1)
            if pair.count == 2, let value = Double(pair[1]) { fields[String(pair[0])] = value }
        }
        guard python.status == 0, let wall = fields["seconds"], let cpu = fields["cpu_seconds"] else {
            print("python icalendar: skipped (python3 cannot import icalendar, or the script failed: \(text))")
            return
        }
        let count = Double(options.pythonEvents)
        print(
            "python icalendar (\(kind.rawValue)): \(grouped(options.pythonEvents)) events in \(String(format: "%.2f", wall)) s wall, \(String(format: "%.2f", cpu)) s CPU → \(grouped(Int(count / wall))) events/s (build, VTIMEZONEs, to_ical, write without fsync)"
        )
        let wallRatio = (wall / count) / (swift.wall.seconds / Double(events))
        let cpuRatio = (cpu / count) / (swift.cpu.seconds / Double(events))
        print(
            "ratio (\(kind.rawValue)): Parley end to end, fsync included, is \(grouped(Int(wallRatio)))× faster per event by wall-clock time, \(grouped(Int(cpuRatio)))× by CPU time (target ≥ 200×)"
        )
    }

    private func milliseconds(_ duration: Duration) -> String {
        String(format: "%8.1f ms", duration.seconds * 1000)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
