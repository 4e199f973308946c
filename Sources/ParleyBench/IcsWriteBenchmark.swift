import Foundation
import ICalendar

/// `parley-bench ics-write`: times building, serialising and atomically writing a large calendar,
/// and python `icalendar` doing the same when it is installed.
struct IcsWriteBenchmark {
    struct Options {
        var events = 100_000
        var pythonEvents = 10_000
        var runPython = true
        var output: String?
        var runs = 5

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

    /// Wall-clock and CPU time of one phase. CPU time (this thread's) leaves out the time the
    /// thread waited for a core, which matters on a shared machine.
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
        var file = Timing()
        var fileWithoutFsync = Timing()
        var serialise = Timing()
        var bytes = 0
        var total: Timing { build + timeZones + file }
    }

    var options: Options

    /// Runs the benchmark and prints its report; returns the process exit code.
    func run() throws -> Int32 {
        let path = options.output ?? FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-write.ics").path
        var all: [Phases] = []
        var warm = CalendarWriter(reservingCapacity: 1 << 20)
        for _ in 0..<options.runs { all.append(try once(path: path, warm: &warm)) }
        let best = all.min { $0.total.wall < $1.total.wall } ?? Phases()
        let median = all.map(\.total.wall).sorted()[all.count / 2]
        func row(_ name: String, _ timing: Timing, _ note: String = "") {
            print("  \(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(milliseconds(timing.wall))  \(milliseconds(timing.cpu))  \(note)")
        }
        print("ics-write: \(options.events) events in \(IcsWriteWorkload.zones.count) zones with VTIMEZONEs, \(megabytes(best.bytes)) → \(path)")
        print("  phase (best of \(options.runs) runs)          wall          CPU")
        row("build model", best.build)
        row("VTIMEZONEs", best.timeZones)
        row("serialise + write file", best.file, "streamed in 1 MB chunks: temporary file, fsync, rename")
        row("total", best.total, "median wall \(milliseconds(median).trimmingCharacters(in: .whitespaces))")
        row("(same write, no fsync)", best.fileWithoutFsync, "not in the total")
        row("(serialise, warm buffer)", best.serialise, "not in the total: the writer alone, no page faults, no I/O")
        let perSecond = { (duration: Duration) in grouped(Int(Double(options.events) / duration.seconds)) }
        print("  speed: \(perSecond(best.total.wall)) events/s end to end; serialise + write file \(perSecond(best.file.wall)) events/s (wall), \(perSecond(best.file.cpu)) events/s (CPU)")
        if options.output == nil { try? FileManager.default.removeItem(atPath: path) }
        if options.runPython { comparePython(swift: best.total, events: options.events) }
        return 0
    }

    private func measure(_ body: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        let cpuStart = Self.threadCPUTime()
        let start = clock.now
        try body()
        return Timing(wall: clock.now - start, cpu: Self.threadCPUTime() - cpuStart)
    }

    private static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    private func once(path: String, warm: inout CalendarWriter) throws -> Phases {
        var phases = Phases()
        var calendar = CalendarDocument(productID: "")
        phases.build = measure { calendar = IcsWriteWorkload.calendar(events: options.events) }
        phases.timeZones = try measure { try calendar.addTimeZones() }
        phases.file = try measure { try CalendarWriter.write(calendar, toFile: path) }
        phases.fileWithoutFsync = try measure { try CalendarWriter.write(calendar, toFile: path, durable: false) }
        warm.removeAll()
        phases.serialise = try measure { try warm.write(calendar) }
        phases.bytes = warm.count
        return phases
    }

    /// Runs `ics_write_bench.py` (beside this file) with `python3` and prints the ratios,
    /// per event, of wall-clock time and of CPU time.
    private func comparePython(swift: Timing, events: Int) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ics_write_bench.py").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-write-python.ics").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, String(options.pythonEvents), output]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            print("python icalendar: skipped (cannot run python3: \(error))")
            return
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var fields: [String: Double] = [:]
        for field in text.split(separator: " ") {
            let pair = field.split(separator: "=", maxSplits: 1)
            if pair.count == 2, let value = Double(pair[1]) { fields[String(pair[0])] = value }
        }
        guard process.terminationStatus == 0, let wall = fields["seconds"], let cpu = fields["cpu_seconds"] else {
            print("python icalendar: skipped (python3 cannot import icalendar, or the script failed: \(text))")
            return
        }
        let count = Double(options.pythonEvents)
        print("python icalendar: \(options.pythonEvents) events in \(String(format: "%.2f", wall)) s wall, \(String(format: "%.2f", cpu)) s CPU → \(grouped(Int(count / wall))) events/s (build, VTIMEZONEs, to_ical, write)")
        let wallRatio = (wall / count) / (swift.wall.seconds / Double(events))
        let cpuRatio = (cpu / count) / (swift.cpu.seconds / Double(events))
        print("ratio: Parley is \(grouped(Int(wallRatio)))× faster per event by wall-clock time, \(grouped(Int(cpuRatio)))× by CPU time (target ≥ 200×)")
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
