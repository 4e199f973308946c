import Foundation

/// `parley-bench`: synthetic workloads and timing, release builds only
/// (`swift run -c release parley-bench ics-write`).
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    Usage: parley-bench ics-write [--events N] [--python-events N] [--no-python] [--out FILE] [--runs N]
           parley-bench check [--countries N] [--series N] [--rounds-per-series N] [--people N] [--runs N]
           parley-bench ics [--rounds N] [--series N] [--python-rounds N] [--no-python] [--runs N]

      ics-write   Build, serialise and atomically write N events (default 100000) in five
                  zones with VTIMEZONEs and long multilingual texts; report events per second.
                  When python3 can import `icalendar`, time it writing the same first
                  --python-events events (default 10000) and print the per-event speed ratio.
      check       Generate a plan (200 countries, 2000 series, 20000 rounds, 500 people)
                  and time parsing + resolving it and checking every round.
      ics         parley ics's work on a synthetic plan of N rounds (default 100000) in --series
                  series (default 100): feeds per series plus all.ics, written atomically; then
                  python `icalendar` building the same feeds for --python-rounds rounds (default
                  5000) from the plan's JSON export, and the per-round speed ratio.
    """
switch arguments.first {
case "ics-write":
    do {
        let options = try IcsWriteBenchmark.Options(arguments: Array(arguments.dropFirst()))
        exit(try IcsWriteBenchmark(options: options).run())
    } catch {
        FileHandle.standardError.write(Data("Error: \(error)\n\(usage)\n".utf8))
        exit(2)
    }
case "check":
    do {
        let options = try CheckBenchmark.Options(arguments: Array(arguments.dropFirst()))
        exit(try CheckBenchmark(options: options).run())
    } catch {
        FileHandle.standardError.write(Data("Error: \(error)\n\(usage)\n".utf8))
        exit(2)
    }
case "ics":
    do {
        exit(try IcsFeedsBenchmark(options: IcsFeedsBenchmark.Options(arguments: Array(arguments.dropFirst()))).run())
    } catch {
        FileHandle.standardError.write(Data("Error: \(error)\n\(usage)\n".utf8))
        exit(2)
    }
case "--help", "-h", "help":
    print(usage)
default:
    FileHandle.standardError.write(Data("Error: expected a benchmark name\n\(usage)\n".utf8))
    exit(2)
}
