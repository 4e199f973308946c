import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of a command as a user runs it: a separate process, standard output to a file
/// (`/dev/null` by default), timed by the wall clock, with the child's peak resident memory
/// from `wait4(2)`'s `ru_maxrss`. On Linux a spawned child's `ru_maxrss` starts from the
/// spawning process's resident size, so the figure is an upper bound: spawn while small.
struct CommandRun {
    /// Wall-clock seconds from spawn to exit.
    let seconds: Double
    /// The child's peak resident set, in bytes.
    let peakBytes: Int
    /// The exit status.
    let status: Int32

    /// The `parley` whose commands are timed: `PARLEY_BENCH_PARLEY` when set (say the one
    /// `make install` put on the PATH, built with the Swift runtime linked in: what a user who
    /// installed Parley runs), else the release `parley` built beside this `parley-bench`.
    static var parleyPath: String {
        if let chosen = ProcessInfo.processInfo.environment["PARLEY_BENCH_PARLEY"], !chosen.isEmpty { return chosen }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("parley").path
    }

    /// Runs `arguments[0]` (a path) with `arguments`, standard output to `output`.
    static func run(_ arguments: [String], output: String = "/dev/null") throws -> CommandRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkError("cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = (clock.now - start).seconds
        #if canImport(Darwin)
            let peak = Int(usage.ru_maxrss)
        #else
            let peak = Int(usage.ru_maxrss) * 1024
        #endif
        return CommandRun(seconds: seconds, peakBytes: peak, status: (status >> 8) & 0xFF)
    }

    /// Runs `executable` with `arguments` to read what it prints: the baselines' scripts (which
    /// time themselves and print the figures) and the helpers that write or build their inputs,
    /// never a timed command (those go through ``run(_:output:)``). Its exit status (-1 when it
    /// cannot be started), standard output and standard error.
    static func capture(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            return (-1, "", "\(error)")
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: complaint, as: UTF8.self))
    }

    /// The fastest of `runs` runs (peak memory: the largest seen); an exit status outside
    /// `accepting` (`check` exits 1 when the plan breaks a rule) is an error.
    static func best(of runs: Int, _ arguments: [String], output: String = "/dev/null", accepting: Set<Int32> = [0]) throws -> CommandRun {
        var fastest: CommandRun?
        var peak = 0
        for _ in 0..<runs {
            let run = try run(arguments, output: output)
            guard accepting.contains(run.status) else { throw BenchmarkError("\(arguments.joined(separator: " ")) exited \(run.status)") }
            peak = max(peak, run.peakBytes)
            if run.seconds < fastest?.seconds ?? .infinity { fastest = run }
        }
        guard let fastest else { throw BenchmarkError("no runs") }
        return CommandRun(seconds: fastest.seconds, peakBytes: peak, status: 0)
    }

    /// Writes `files` (relative path → text) under `folder`, making the folders they need.
    static func write(_ files: [String: String], under folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// A new empty folder in the temporary directory, named `name` and this process's id.
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `  parley check … > /dev/null    123.4 ms, 12.3 MB peak`: the command as a user types it
    /// (`shown`, paths shortened) and this run's figures.
    func line(_ shown: String) -> String {
        "  " + shown.padding(toLength: max(shown.count, 58), withPad: " ", startingAt: 0) + "  " + summary
    }

    /// `123.4 ms, 12.3 MB peak`.
    var summary: String {
        String(format: "%.1f ms, %.1f MB peak", seconds * 1000, Double(peakBytes) / 1_000_000)
    }
}
