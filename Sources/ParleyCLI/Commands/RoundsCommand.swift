import CivilTime
import Foundation
import ParleyKit

/// `parley rounds [PATH...] [SERIES-ID...] [--from DATE] [--to DATE] [--format text|json|csv]
/// [--today DATE]`: every round of the plans, recorded and implied, with the findings on each.
struct RoundsCommand: Command {
    let name = "rounds"
    let summary = "List every round, recorded and implied, with its status, place, people and findings."
    let discussion = """
        Reads the plans like check does, checks them, and lists every round in the window
        (default: a year before today to three years after, as check): each recorded round
        whatever its status (held, planned, proposed, postponed, cancelled) and each round
        the cadence implies after the last recorded one (status 'implied'), in date order,
        with its days, hours, host, venue, people, what falls due and the findings about it.
        Findings about a whole series (it is overdue) follow the rounds. SERIES-ID arguments
        list only those series; an argument that names an existing file or folder, ends in
        .parley or holds a '/' is a PATH. --format csv writes a spreadsheet table
        (RFC 4180: UTF-8, a header row, CRLF line ends, quoted fields; a cell that would
        start with = + - @ gets a leading ' so no spreadsheet runs it as a formula).
        """
    let positionals = [
        PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated),
        PositionalSpec("SERIES-ID", "List only these series (default: every series).", .repeated),
    ]
    let options: [OptionSpec] =
        [
            .choice("format", Format.allCases.map(\.rawValue), "text (default), json or csv."),
            .value("from", "DATE", "First day of the window (default: a year before today)."),
            .value("to", "DATE", "Last day of the window (default: three years after today)."),
            .value("today", "DATE", "The day to list as of (default: today in UTC)."),
            .allowOutside,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the rounds were listed (findings on them do not change the exit status)",
        .invalidInput: "a plan file is malformed or missing, a series is unknown, or the command line is invalid",
    ]

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case text, json, csv
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let format = try parsed.choice("format", default: Format.text)
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let defaults = DateWindow.around(today)
        let from = try parsed.date("from") ?? defaults.from
        let through = try parsed.date("to") ?? defaults.through
        guard from <= through else { throw UsageError("--from \(from) is after --to \(through)") }
        let window = DateWindow(from: from, through: through)
        let (paths, seriesIDs) = Self.split(parsed.positionals)
        let reader = try parsed.planReader(for: paths)
        guard
            let (_, listing) = try Self.listing(
                paths: paths, seriesIDs: seriesIDs, reader: reader, today: today, window: window, invocation)
        else { return .invalidInput }
        switch format {
        case .text:
            invocation.write(listing.text)
        case .json:
            var writer = invocation.jsonWriter()
            listing.writeJSON(to: &writer)
        case .csv:
            var writer = invocation.csvWriter(header: RoundListing.csvHeader(findings: true))
            listing.writeCSV(to: &writer, findings: true)
            writer.finish()
        }
        return .success
    }

    /// The plans at `paths` loaded and checked over `window`, and their rounds (of `seriesIDs`,
    /// or every series): what `rounds` lists and `view` draws. `nil` once the input errors are
    /// written.
    ///
    /// - Throws: ``UsageError`` for a series id the plans do not declare.
    static func listing(
        paths: [String], seriesIDs: [String], reader: some PlanReader, today: LocalDate, window: DateWindow, _ invocation: Invocation
    ) throws(UsageError) -> (loaded: LoadedPlan, listing: RoundListing)? {
        // No trees: they serve only edits, suggestions and the knock-ons of input errors, and
        // a plan with input errors is not listed.
        let loaded = Resolver.load(paths, reader: reader, keepingTrees: false)
        if loaded.hasInputErrors {
            invocation.write(TextReporter.report(loaded.findings, sources: loaded.sources))
            return nil
        }
        for id in seriesIDs where loaded.plan.seriesByID[id] == nil {
            let known = loaded.plan.series.map(\.id)
            var message = "no series '\(id)' in \(paths.joined(separator: ", "))"
            if let best = Spelling.closest(to: id, among: known, limit: 1).first { message += "; did you mean '\(best)'?" }
            throw UsageError(message)
        }
        let result = Checker.check(loaded, options: CheckOptions(today: today, window: window, reader: reader, suggestions: false))
        let listing = RoundListing(
            plan: loaded.plan, expansion: result.expansion, findings: result.findings, window: window,
            seriesIDs: seriesIDs.isEmpty ? nil : Set(seriesIDs), due: RoundListing.obligationsDue(in: loaded.plan))
        return (loaded, listing)
    }

    /// The plan paths (default `Plans`) and the series ids among `arguments`: an argument is a
    /// path when it names an existing file or folder, ends in `.parley` or holds a `/`.
    static func split(_ arguments: [String]) -> (paths: [String], seriesIDs: [String]) {
        var paths: [String] = []
        var seriesIDs: [String] = []
        for argument in arguments {
            let isPath = argument.hasSuffix(".parley") || argument.contains("/") || FileManager.default.fileExists(atPath: argument)
            if isPath { paths.append(argument) } else { seriesIDs.append(argument) }
        }
        return (paths.isEmpty ? ["Plans"] : paths, seriesIDs)
    }
}
