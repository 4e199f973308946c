import CivilTime
import Foundation
import ICalendar

/// `parley-bench expand` case (d): `parley expand --ics FILE --between 2026-01-01 2027-01-01`
/// as a user runs it (``CommandRun/parleyPath``, a separate process, output to /dev/null), on a 10,000-event calendar written by python `icalendar` (every tenth event
/// a weekly RRULE, five zones with their VTIMEZONEs), beside the library's own figure
/// (``CalendarFile`` read + expand), against libical parsing the same file in the same run.
/// Target: the command at least 2× faster than libical's parse alone.
struct IcsExpandCommandCase {
    var runs: Int

    static let between = ["2026-01-01T00:00:00+00:00", "2027-01-01T00:00:00+00:00"]
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-expand-d-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("python-icalendar.ics").path
        let script = Self.here.appendingPathComponent("ics_expand_calendar.py").path
        let written = CommandRun.capture("/usr/bin/env", ["python3", script, path, "10000"])
        guard written.status == 0 else {
            let reason = written.error.trimmingCharacters(in: .whitespacesAndNewlines)
            print("  (d) skipped: python icalendar could not write the calendar (\(reason))")
            return
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(
            "  (d) a 10,000-event calendar written by python icalendar (\(size / 1024) KiB, 1,000 weekly RRULEs, VTIMEZONEs),"
                + " window 2026:")
        let window = Instant(secondsSinceEpoch: 1_767_225_600)..<Instant(secondsSinceEpoch: 1_798_761_600)
        var library = Double.infinity
        var occurrences = 0
        for _ in 0..<runs {
            let began = ContinuousClock.now
            occurrences = try CalendarFile.read(path: path).occurrences(in: window).count
            library = min(library, (ContinuousClock.now - began).seconds)
        }
        print("      library: CalendarFile.read + occurrences(in:)              \(Self.format(library)) (\(occurrences) occurrences)")
        let parley = CommandRun.parleyPath
        guard FileManager.default.isExecutableFile(atPath: parley) else {
            print("      command: skipped (no parley at \(parley); swift build -c release --product parley)")
            return
        }
        let arguments = [parley, "expand", "--ics", path, "--between"] + Self.between
        let command: Double
        do {
            command = try CommandRun.best(of: runs, arguments).seconds
        } catch {
            print("      command: \(error)")
            return
        }
        print("      command: parley expand --ics FILE --between A B > /dev/null  \(Self.format(command)) (whole process, \(parley))")
        let libical = folder.appendingPathComponent("libical_parse_bench").path
        let built = CommandRun.capture("/bin/sh", [Self.here.appendingPathComponent("build_libical_bench.sh").path, libical])
        guard built.status == 0 else {
            print("      libical: skipped (\(built.error.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        guard let (seconds, events) = Self.parse(with: libical, path, runs: runs) else { return }
        print("      libical: icalparser_parse_string alone, in process          \(Self.format(seconds)) (\(events) VEVENTs)")
        print(
            "      → libical's parse ÷ the parley command: \(String(format: "%.2f", seconds / command))× (target ≥ 2×);"
                + " ÷ the library: \(String(format: "%.2f", seconds / library))×")
        // The two again in turns, one run of each a round: a change in the machine's speed
        // during the bench (a shared VM's can be twofold within minutes) moves both alike,
        // so the median of the rounds' ratios is steadier than the ratio of the two bests.
        var ratios: [Double] = []
        for _ in 0..<runs {
            guard let once = try? CommandRun.best(of: 1, arguments).seconds, let (parse, _) = Self.parse(with: libical, path, runs: 1)
            else {
                break
            }
            ratios.append(parse / once)
        }
        guard !ratios.isEmpty else { return }
        let sorted = ratios.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        print(
            "      → in turns, one run of each a round, \(ratios.count) rounds: median \(String(format: "%.2f", median))×"
                + " (lowest \(String(format: "%.2f", sorted[0]))×, highest \(String(format: "%.2f", sorted[sorted.count - 1]))×)")
    }

    /// libical's best parse of `path` in `runs` runs (seconds) and the events it found, or `nil`
    /// (said on standard output) when it failed.
    static func parse(with libical: String, _ path: String, runs: Int) -> (seconds: Double, events: String)? {
        let parsed = CommandRun.capture(libical, [path, String(runs)])
        let fields = parsed.output.split(separator: " ")
        guard parsed.status == 0, let seconds = fields.first.flatMap({ Double($0) }) else {
            print("      libical: failed (\(parsed.error.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return nil
        }
        return (seconds, fields.dropFirst().first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "?")
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%6.1f ms", seconds * 1000) : String(format: "%6.2f s", seconds)
    }
}
