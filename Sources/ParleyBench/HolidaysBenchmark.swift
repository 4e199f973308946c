import CivilTime
import Foundation
import Holidays

/// `parley-bench holidays`: every day off of every built-in country and subdivision for 100 years, from a
/// cold process (each country-year computed once, lunar conversions through Foundation
/// included), then the same queries again from the per-country-year cache.
///
/// Target (issue 15): every country, subdivision and organisation, cold, under 100 ms in a release build.
struct HolidaysBenchmark {
    var firstYear = 2000
    var years = 100

    func run() throws -> Int32 {
        // The commands first, while this process is small (see ``CommandRun``).
        let commands = try measureCommands()
        let calendars = try Country.all.flatMap { country in
            try [CountryCalendar(country.code)] + country.subdivisions.map { try CountryCalendar(country.code, subdivision: $0.code) }
        }
        let clock = ContinuousClock()
        var days = 0
        var perCountry: [(String, Duration)] = []
        let cpuStart = Self.threadCPUTime()
        let cold = clock.measure {
            for calendar in calendars {
                let start = clock.now
                for year in firstYear..<(firstYear + years) { days += calendar.daysOff(in: year).count }
                perCountry.append((calendar.country.code, clock.now - start))
            }
        }
        let coldCPU = Self.threadCPUTime() - cpuStart
        var again = 0
        let warm = clock.measure {
            for calendar in calendars {
                for year in firstYear..<(firstYear + years) { again += calendar.daysOff(in: year).count }
            }
        }
        var checks = 0
        let probe = clock.measure {
            for calendar in calendars {
                var date = LocalDate(year: firstYear, month: 1, day: 1)
                while let current = date, current.year < firstYear + years {
                    if calendar.isDayOff(current) { checks += 1 }
                    date = current.adding(days: 1)
                }
            }
        }
        if ProcessInfo.processInfo.environment["PARLEY_BENCH_DETAIL"] != nil {
            print(perCountry.map { "\($0.0) \(Self.milliseconds($0.1))" }.joined(separator: ", "))
        }
        let countryYears = calendars.count * years
        print(
            "holidays: \(calendars.count) countries × \(years) years (\(firstYear)–\(firstYear + years - 1)) = \(countryYears) country-years, \(days) days off"
        )
        print("  cold (compute + cache): \(Self.milliseconds(cold)) ms wall, \(Self.milliseconds(coldCPU)) ms CPU  target < 100 ms")
        print("  warm (cached):          \(Self.milliseconds(warm)) ms")
        print(
            "  isDayOff, every day:    \(Self.milliseconds(probe)) ms for \(countryYears * 365) queries (\(checks) days off incl. weekends)"
        )
        print("  the release parley as a user runs it, one process per country (sum of each one's best of 3):")
        for line in commands { print(line) }
        return days == again ? 0 : 1
    }

    /// Runs `parley holidays CC FIRST LAST --format F` for every built-in country, in each
    /// format (a separate process each, standard output to /dev/null); one line per format
    /// with the total of the countries' best times and the largest peak.
    private func measureCommands() throws -> [String] {
        let codes = Country.all.map(\.code)
        var lines: [String] = []
        for format in ["text", "json", "ics"] {
            var seconds = 0.0
            var peak = 0
            for code in codes {
                let arguments = ["holidays", code, "\(firstYear)", "\(firstYear + years - 1)", "--format", format]
                let run = try CommandRun.best(of: 3, [CommandRun.parleyPath] + arguments)
                seconds += run.seconds
                peak = max(peak, run.peakBytes)
            }
            let total = CommandRun(seconds: seconds, peakBytes: peak, status: 0)
            lines.append(
                total.line("parley holidays CC \(firstYear) \(firstYear + years - 1) --format \(format) × \(codes.count) countries"))
        }
        return lines
    }

    /// CPU time of the calling thread (unaffected by other processes on a busy machine).
    static func threadCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        return String(Int((value * 10).rounded()) / 10) + "." + String(Int((value * 10).rounded()) % 10)
    }
}
