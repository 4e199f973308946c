import CalDAV
import Foundation

/// `parley-bench publish`: the release `parley publish` of a plan of --rounds N rounds
/// (default 1,000: ten monthly series) into an empty calendar on the CalDAV server named by
/// `PARLEY_TEST_CALDAV_URL`, `PARLEY_TEST_CALDAV_USER` and `PARLEY_TEST_CALDAV_PASSWORD` (the
/// loopback Radicale `.ci/run` starts), then the unchanged re-run (target: under 1 s), best of
/// --runs; and, for scale, the server's own share: one `sync-collection` report of the
/// collection with its data. Without the variables it says so and does nothing.
struct PublishBenchmark {
    var rounds = 1000
    var runs = 3

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
                throw BenchmarkError("\(flag) needs a positive whole number")
            }
            switch flag {
            case "--rounds": rounds = value
            case "--runs": runs = value
            default: throw BenchmarkError("unknown option '\(flag)'")
            }
        }
    }

    /// Ten series of `rounds / 10` monthly two-day rounds, alternating two venues in two zones.
    func plan() -> String {
        var text = """
            country ID "Indonesia"
              timezone Asia/Jakarta
            country AU "Australia"
              timezone Australia/Sydney
            venue jakarta "Jakarta" in ID
            venue canberra "Canberra" in AU

            """
        let perSeries = max(1, rounds / 10)
        for series in 0..<10 {
            text += "dialogue bench-\(series) \"Bench series \(series)\"\n  partners ID AU\n  every 1 months\n  lasting 2 days\n"
            text += "  sessions 09:00..17:00\n"
            for number in 1...perSeries {
                let month = (number - 1) % 12 + 1
                let year = 1900 + (number - 1) / 12
                let day = 10 + series
                let month2 = month < 10 ? "0\(month)" : "\(month)"
                text += "  round \(number) on \(year)-\(month2)-\(day) at \(number % 2 == 0 ? "canberra" : "jakarta") held\n"
            }
        }
        return text
    }

    func run() throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        guard let base = environment["PARLEY_TEST_CALDAV_URL"].flatMap(URL.init(string:)),
            let user = environment["PARLEY_TEST_CALDAV_USER"],
            let password = environment["PARLEY_TEST_CALDAV_PASSWORD"]
        else {
            print("publish: skipped: no CalDAV server (set PARLEY_TEST_CALDAV_URL, _USER, _PASSWORD; bash .ci/run starts Radicale)")
            return 0
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-publish-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planPath = folder.appendingPathComponent("bench.parley").path
        try Data(plan().utf8).write(to: URL(fileURLWithPath: planPath))
        let transport = HTTPTransport(credentials: Credentials(user: user, password: password), timeout: 120, retries: 1)
        let name = "parley-bench-\(getpid())-\(Int(Date().timeIntervalSince1970))"
        let client = CalDAVClient(
            collection: CalDAVClient(collection: base, transport: transport).member(named: name + "/"), transport: transport)
        try client.makeCalendar(displayName: name, description: "parley-bench publish")
        setenv("PARLEY_CALDAV_USER", user, 1)
        setenv("PARLEY_CALDAV_PASSWORD", password, 1)
        let command = [
            CommandRun.parleyPath, "publish", planPath, "--to", client.collection.absoluteString, "--allow-outside", folder.path,
        ]
        let first = try CommandRun.run(command)
        guard first.status == 0 else { throw BenchmarkError("parley publish exited \(first.status)") }
        let again = try CommandRun.best(of: runs, command)
        let clock = ContinuousClock()
        var server = Double.infinity
        var count = 0
        for _ in 0..<runs {
            let start = clock.now
            count = try client.objects(supportsSync: true).count
            server = min(server, (clock.now - start).seconds)
        }
        print("publish \(rounds) rounds into an empty collection on \(CalDAVClient.display(base)) (\(count) objects):")
        print("  first run (every object created)          \(first.summary)")
        print("  unchanged re-run, best of \(runs)              \(again.summary)  (target < 1 s: \(again.seconds < 1 ? "met" : "NOT met"))")
        print(String(format: "  of which the server: sync-collection with data %.1f ms (best of %d)", server * 1000, runs))
        return 0
    }
}
