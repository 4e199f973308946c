import CivilTime
import Foundation
import ICalendar

/// `parley expand RRULE --start DATETIME [--tz TZID] [--count N | --until DATETIME | --between A B] [--format text|json]`
/// and `parley expand --ics FILE [--between A B] [--format text|json]`: when a recurrence rule,
/// or every event of a calendar file, occurs.
struct ExpandCommand: Command {
    let name = "expand"
    let summary = "List the occurrences of a recurrence rule or of a calendar file's events."
    let discussion = """
        With RRULE (RFC 5545 §3.3.10, e.g. 'FREQ=MONTHLY;BYDAY=-1FR'), prints the start
        times the rule generates from --start in --tz (default UTC), as the rule defines
        them: --start itself only when it matches the rule. A date-only --start makes an
        all-day series. Bound the output with the rule's own COUNT/UNTIL, --count N,
        --until DATETIME (inclusive) or --between A B (starts from A up to, not including, B).
        With --ics FILE, prints the occurrences of every event in the file (DTSTART, RRULE,
        RDATE, EXDATE and RECURRENCE-ID overrides), overlapping A..B when --between is given;
        without it every series must end.
        Times print as ISO 8601 with the zone's offset (2026-03-29T10:00:00+07:00), floating
        times without one, all-day occurrences as dates. A wall-clock time that a DST change
        skips is moved forward by the gap and still counted (as libical, python-dateutil and
        Google do). A, B and DATETIME are ISO 8601; without an offset they are local to --tz.
        At most \(Self.maximumOccurrences) occurrences are printed; a rule that finds none in
        400 years of periods stops with an error.
        """
    let usageForms = ["rule", "ics"]
    let positionals = [
        PositionalSpec("RRULE", "A recurrence rule, such as FREQ=WEEKLY;BYDAY=MO,WE (omit with --ics).", only: ["rule"])
    ]
    let options: [OptionSpec] = [
        OptionSpec.value("start", "DATETIME", "The rule's DTSTART (a date, or a date-time local to --tz).").required().only(in: "rule"),
        OptionSpec.value("tz", "TZID", "The IANA time zone of --start and of bare A, B and DATETIME (default UTC)."),
        OptionSpec.value("count", "N", "Print the first N occurrences.").exclusive("bound").only(in: "rule"),
        OptionSpec.value("until", "DATETIME", "Print occurrences starting at or before DATETIME.").exclusive("bound").only(in: "rule"),
        OptionSpec.values("between", ["A", "B"], "Print occurrences starting from A up to B (with --ics: overlapping A..B).")
            .exclusive("bound"),
        OptionSpec.value("ics", "FILE", "Expand every event of this iCalendar file instead of a rule.").required().only(in: "ics"),
        OptionSpec.choice("format", Format.allCases.map(\.rawValue), "text (default; one per line) or json (an array of strings)."),
    ]
    let exitCodes: [ExitCode: String] = [
        .success: "the occurrences were printed",
        .invalidInput: "the rule, the calendar file or the command line is invalid, or there are too many occurrences",
    ]

    /// The most occurrences one run prints.
    static let maximumOccurrences = 1_000_000

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let format = try parsed.choice("format", default: Format.text)
        let zone = try Self.zone(try parsed.value("tz") ?? "UTC")
        let window = try parsed.group("between").map { values throws(UsageError) -> (Instant, Instant) in
            let from = try ArgumentValue.dateTime(values[0], label: "--between A").instant(in: zone)
            let to = try ArgumentValue.dateTime(values[1], label: "--between B").instant(in: zone)
            guard from < to else { throw UsageError("--between: A must be before B; got \(values[0]) and \(values[1])") }
            return (from, to)
        }
        var output = OccurrenceOutput(format: format, channel: invocation.output.standardOutput)
        if let file = try parsed.value("ics") {
            try parsed.expectPositionals(atMost: 0)
            for other in ["start", "count", "until"] where try parsed.value(other) != nil {
                throw UsageError("--\(other) applies to an RRULE, not to --ics")
            }
            guard expandFile(file, window: window, invocation: invocation, output: &output) else { return .invalidInput }
        } else {
            let text = try parsed.positional(0, "RRULE")
            try parsed.expectPositionals(atMost: 1)
            guard let start = try parsed.dateTime("start") else {
                throw UsageError("missing --start DATETIME: the rule needs a first occurrence to count from")
            }
            let rule: RecurrenceRule
            do { rule = try RecurrenceRule(parsing: text) } catch { throw UsageError(error.description) }
            let bounds = [try parsed.value("count") != nil, try parsed.value("until") != nil, window != nil].filter { $0 }.count
            guard bounds <= 1 else { throw UsageError("give at most one of --count, --until and --between") }
            let count = try parsed.integer("count", in: 1...Self.maximumOccurrences)
            let until = try parsed.dateTime("until")?.instant(in: zone)
            guard bounds == 1 || rule.count != nil || rule.until != nil else {
                throw UsageError("the rule never ends; give --count N, --until DATETIME or --between A B")
            }
            do {
                try Self.expand(rule, start: start, zone: zone, count: count, until: until, window: window) { output.append($0) }
            } catch {
                output.finish()
                invocation.writeError("Error: \(error.message); the first \(output.written) were printed\n")
                return .invalidInput
            }
        }
        output.finish()
        return .success
    }

    private static func zone(_ name: String) throws(UsageError) -> ZoneRules {
        if name == "UTC" || name == "Z" { return .utc }
        do { return try ZoneRules.named(name) } catch { throw UsageError("--tz: \(error.description)") }
    }

    /// Hands the rule's starts from `start` to `emit`, one at a time as they are generated,
    /// within the requested bound.
    ///
    /// - Throws: ``RecurrenceError`` when the rule cannot be expanded, or after
    ///   ``maximumOccurrences`` starts when there are more.
    static func expand(
        _ rule: RecurrenceRule, start: DateTimeArgument, zone: ZoneRules, count: Int?, until: Instant?, window: (Instant, Instant)?,
        emit: (RecurrenceInstance) -> Void
    ) throws(RecurrenceError) {
        let dtstart: CalendarDateTime
        if start.isDateOnly {
            dtstart = .date(start.date)
        } else if let local = zone.localDateTime(at: start.instant(in: zone)), start.offsetSeconds != nil {
            dtstart = .zoned(local, tzid: zone.identifier)
        } else {
            dtstart = .zoned(start.localDateTime, tzid: zone.identifier)
        }
        var iterator = RecurrenceInstanceIterator(rule: try rule.expansion(from: dtstart, zone: zone), zone: zone, isDate: start.isDateOnly)
        if let (from, _) = window, let wall = zone.localDateTime(at: from.adding(seconds: -2 * 86_400)) {
            iterator.skip(toward: wall)
        }
        var emitted = 0
        // Days come in order, so the zone's offset at their midnights is found by walking, not searching.
        var cursor = ZoneCursor(zone: zone)
        while let instance = try iterator.next() {
            let moment = start.isDateOnly ? cursor.resolve(instance.local).instant : instance.instant
            if let until, moment > until { break }
            if let (from, to) = window {
                if moment >= to { break }
                if moment < from { continue }
            }
            guard emitted < maximumOccurrences else {
                throw RecurrenceError(.windowTooFar, "more than \(maximumOccurrences) occurrences; narrow the window or use --count")
            }
            emit(instance)
            emitted += 1
            if let count, emitted >= count { break }
        }
    }

    /// Writes the start of every occurrence of every event in `file` to `output` as it is
    /// generated; `false` (after printing why) when the file cannot be read or expanded.
    private func expandFile(_ file: String, window: (Instant, Instant)?, invocation: Invocation, output: inout OccurrenceOutput) -> Bool {
        func report(_ diagnostics: [CalendarDiagnostic]) {
            let text = diagnostics.map { "\($0)\n" }
            if !text.isEmpty { invocation.writeError(text.joined()) }
        }
        let calendar: CalendarFile
        do {
            calendar = try CalendarFile.read(path: file)
        } catch {
            if case .unreadable(let reason) = error.reason {
                invocation.writeError("\(file):1:1: error: cannot read \(file): \(reason) [input]\n")
            } else {
                report(error.diagnostics)
            }
            return false
        }
        report(calendar.diagnostics)
        if !calendar.leftOut.isEmpty { return false }
        do {
            let stream = try calendar.occurrenceStream(in: window.map { $0.0..<$0.1 }, limit: Self.maximumOccurrences)
            while let start = try stream.nextStart() { output.append(start) }
            invocation.output.keepUntilExit(calendar)
            return true
        } catch {
            var printed = ""
            if output.written > 0 {
                // What was printed stays valid output (a closed JSON array) before the error.
                output.finish()
                printed = "; the first \(output.written) were printed"
            }
            invocation.writeError("\(file): error: \(error.message)\(printed)\n")
            return false
        }
    }
}
