import Foundation

/// `parley-bench`: synthetic workloads and timing, release builds only
/// (`swift run -c release parley-bench ics-write`).
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    Usage: parley-bench ics-write [--events N] [--kind heavy|light] [--python-events N] [--no-python] [--out FILE] [--runs N]
           parley-bench check [--plan dense|spread] [--countries N] [--series N] [--rounds-per-series N] [--people N] [--runs N] [--topics N]
           parley-bench expand [--no-python] [--runs N] [--case a|b|c|d]
           parley-bench conflicts [--people N] [--busy-events N] [--doublings N] [--runs N]
           parley-bench holidays
           parley-bench next [--runs N]
           parley-bench ics [--rounds N] [--series N] [--python-rounds N] [--no-python] [--runs N]
           parley-bench export [--series N] [--runs N]
           parley-bench publish [--rounds N] [--runs N]
           parley-bench rounds [--runs N]
           parley-bench diff [--runs N]
           parley-bench view [--runs N]

      ics-write   Build N events (default 100000) in five zones with VTIMEZONEs and long
                  multilingual texts, serialise them with CalendarWriter and write the file
                  atomically with AtomicFile (temporary file, fsync, rename), with and without
                  fsync; report each phase's wall-clock and CPU time (best of --runs, default
                  5) and events per second. Each write makes a new file; replacing one of the
                  same size is timed apart (the kernel's freeing of the old file adds 30-70 ms
                  to rename here).
                  Two workloads, both by default (--kind picks one): heavy events (~620
                  octets: DESCRIPTION, LOCATION, SUMMARY, STATUS, SEQUENCE) and light ones
                  (~280 octets: UID, DTSTAMP, DTSTART/DTEND with TZID, a folded
                  multilingual SUMMARY).
                  When python3 can import `icalendar`, time it writing the same first
                  --python-events events (default 10000) and print the per-event speed ratios.
      check       Generate two plans (200 countries, 2000 series, 20000 rounds, 500 people):
                  dense, where nearly every round clashes (~120,000 findings), and spread,
                  where about 2 % of rounds clash; time parsing + resolving each and
                  checking every round (target: under 1 s), with each phase and rule; first
                  the release `parley check` on the same files, in every --format, as a
                  separate process with output to /dev/null.
      expand      Expand 1,000,000 daily occurrences (Europe/Moscow), 100,000 of a monthly
                  last-weekday rule (America/New_York) and a 10,000-event calendar over a year;
                  compare with python-dateutil and icalendar + recurring-ical-events when present.
                  (d) runs the release `parley expand --ics` (beside parley-bench) as a process on
                  a 10,000-event calendar written by python icalendar, against libical parsing it.
                  Then run the release `parley expand` of (a) itself, text and --format json,
                  output to /dev/null: wall time and peak memory, against python-dateutil
                  printing the same lines.
      conflicts   Time `parley check` with the conflict rules on plans of --people N officials
                  (default 500) with busy calendars (--busy-events N, default 10000), and at
                  --doublings N doublings (default 3); print how the time grows. First the
                  release `parley check` on the largest plan written to disk, as a process.
      holidays    Compute every day off of every built-in country for 2000–2099 from a cold
                  process (target: under 100 ms), then query the cache. First the release
                  `parley holidays CC 2000 2099` for every country in each --format, as processes.
      next        Time `parley next` over three years (5 countries, 50 delegates, 10000 busy events),
                  in the library and as the release `parley next` (text and json) in a process.
      ics         First the release `parley ics PLANS --out DIR` as a process on plan files
                  (check's spread plan, --series series, N rounds in all), into a new folder
                  and again when up to date, beside the library on the same files; then
                  parley ics's work on a synthetic plan of N rounds (default 100000) in --series
                  series (default 100): feeds per series plus all.ics, written atomically; then
                  python `icalendar` building the same feeds for --python-rounds rounds (default
                  5000) from the plan's JSON export, and the per-round speed ratio.
      export      Export a plan of --series N series (default 100000) as JSON: the library's
                  MB/s, then the release `parley export --format json` end to end (separate
                  process, output to /dev/null): wall time, peak memory and MB/s.
      publish     With PARLEY_TEST_CALDAV_URL/_USER/_PASSWORD (a loopback Radicale): the release
                  `parley publish` of --rounds N rounds (default 1000) into an empty calendar,
                  then the unchanged re-run (target under 1 s), and the server's share.
      rounds      `parley rounds PLAN --format csv` of the spread 20,000-round plan of check over a
                  window holding every round, as a separate process (target < 300 ms), then
                  the library's load, check, listing and CSV.
      diff        `parley diff OLD NEW` of two spread 20,000-round plans, one round line in ten
                  moved a week later, as a separate process (target < 1 s), then the library.
      view        `parley view` of the spread 20,000-round plan (default window, every round, SVG;
                  target < 1 s) and of the shipped Plans (target < 50 ms), as separate processes.
    """
/// Runs one benchmark, turning a thrown error into `Error: …`, the usage and exit code 2.
func runBenchmark(_ body: () throws -> Int32) -> Never {
    do {
        exit(try body())
    } catch {
        FileHandle.standardError.write(Data("Error: \(error)\n\(usage)\n".utf8))
        exit(2)
    }
}

let rest = Array(arguments.dropFirst())
switch arguments.first {
case "rounds":
    runBenchmark { try RoundsDiffBenchmark(.rounds, arguments: rest).run() }
case "diff":
    runBenchmark { try RoundsDiffBenchmark(.diff, arguments: rest).run() }
case "view":
    runBenchmark { try ViewBenchmark(arguments: rest).run() }
case "ics-write":
    runBenchmark { try IcsWriteBenchmark(options: IcsWriteBenchmark.Options(arguments: rest)).run() }
case "check":
    runBenchmark { try CheckBenchmark(options: CheckBenchmark.Options(arguments: rest)).run() }
case "expand":
    runBenchmark { try ExpandBenchmark(arguments: rest).run() }
case "conflicts":
    runBenchmark { try ConflictsBenchmark(options: ConflictsBenchmark.Options(arguments: rest)).run() }
case "holidays":
    runBenchmark { try HolidaysBenchmark().run() }
case "next":
    runBenchmark { try NextBenchmark(arguments: rest).run() }
case "publish":
    runBenchmark { try PublishBenchmark(arguments: rest).run() }
case "ics":
    runBenchmark { try IcsFeedsBenchmark(options: IcsFeedsBenchmark.Options(arguments: rest)).run() }
case "export":
    runBenchmark { try ExportBenchmark(arguments: rest).run() }
case "--help", "-h", "help":
    print(usage)
default:
    FileHandle.standardError.write(Data("Error: expected a benchmark name\n\(usage)\n".utf8))
    exit(2)
}
