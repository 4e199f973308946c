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

    struct Phases {
        var build: Duration = .zero
        var timeZones: Duration = .zero
        var serialise: Duration = .zero
        var file: Duration = .zero
        var fileWithoutFsync: Duration = .zero
        var bytes = 0
        var total: Duration { build + timeZones + file }
    }

    var options: Options

    /// Runs the benchmark and prints its report; returns the process exit code.
    func run() throws -> Int32 {
        let path = options.output ?? FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-ics-write.ics").path
        var all: [Phases] = []
        var warm = CalendarWriter(reservingCapacity: 1 << 20)
        for _ in 0..<options.runs { all.append(try once(path: path, warm: &warm)) }
        let best = all.min { $0.total < $1.total } ?? Phases()
        let median = all.map(\.total).sorted()[all.count / 2]
        let eventsPerSecond = Double(options.events) / best.total.seconds
        print("ics-write: \(options.events) events in \(IcsWriteWorkload.zones.count) zones with VTIMEZONEs, \(megabytes(best.bytes)) → \(path)")
        let writeOnly = Double(options.events) / best.file.seconds
        print("  build model              \(milliseconds(best.build))")
        print("  VTIMEZONEs               \(milliseconds(best.timeZones))")
        print("  serialise + write file   \(milliseconds(best.file))  (streamed in 1 MB chunks to a temporary file, fsync, rename)")
        print("  total                    \(milliseconds(best.total))  best of \(options.runs), median \(milliseconds(median))")
        print("  (the same without fsync:  \(milliseconds(best.fileWithoutFsync)), not part of the total)")
        print("  (serialise alone into a reused, warm buffer: \(milliseconds(best.serialise)) — the writer's CPU cost without page faults or I/O)")
        print("  speed                    \(grouped(Int(eventsPerSecond))) events/s end to end; \(grouped(Int(writeOnly))) events/s serialise + write file")
        if options.output == nil { try? FileManager.default.removeItem(atPath: path) }
        if options.runPython { comparePython(swiftSecondsPerEvent: best.total.seconds / Double(options.events)) }
        return 0
    }

    private func once(path: String, warm: inout CalendarWriter) throws -> Phases {
        let clock = ContinuousClock()
        var phases = Phases()
        var start = clock.now
        var calendar = IcsWriteWorkload.calendar(events: options.events)
        phases.build = clock.now - start
        start = clock.now
        try calendar.addTimeZones()
        phases.timeZones = clock.now - start
        start = clock.now
        try CalendarWriter.write(calendar, toFile: path)
        phases.file = clock.now - start
        start = clock.now
        try CalendarWriter.write(calendar, toFile: path, durable: false)
        phases.fileWithoutFsync = clock.now - start
        warm.removeAll()
        start = clock.now
        try warm.write(calendar)
        phases.serialise = clock.now - start
        phases.bytes = warm.count
        return phases
    }

    /// Runs `ics_write_bench.py` (beside this file) with `python3` and prints the ratio.
    private func comparePython(swiftSecondsPerEvent: Double) {
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
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
            let field = text.split(separator: " ").first(where: { $0.hasPrefix("seconds=") }),
            let seconds = Double(field.dropFirst("seconds=".count).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            print("python icalendar: skipped (python3 cannot import icalendar or the script failed: \(text.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        let perEvent = seconds / Double(options.pythonEvents)
        print("python icalendar: \(options.pythonEvents) events in \(String(format: "%.2f", seconds)) s → \(grouped(Int(1 / perEvent))) events/s (build, VTIMEZONEs, to_ical, write)")
        print("ratio: Swift is \(grouped(Int(perEvent / swiftSecondsPerEvent)))× faster per event (target ≥ 200×)")
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
