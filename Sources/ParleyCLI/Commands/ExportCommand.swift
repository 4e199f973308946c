import CivilTime
import Foundation
import ParleyKit

/// `parley export [PATH...] [--format json|csv] [--today DATE]`: the resolved plan as JSON for
/// other tools, or its rounds as a spreadsheet table.
struct ExportCommand: Command {
    let name = "export"
    let summary = "Print the resolved plan as JSON (schema version \(Plan.exportSchemaVersion)), or its rounds as CSV."
    let discussion = """
        Reads the plans like check does and prints them resolved: every country, venue,
        person, series (with its rules and rounds) and blackout, each with the file, line and
        column it was declared at. Keys are sorted; the schema is documented in the README.
        Each series also lists the rounds its cadence implies after the last recorded one
        (impliedRounds, each marked "implied": true) up to three years after --today.
        --format csv writes one row per round instead, recorded and implied, as
        'parley rounds --format csv' does without the findings (RFC 4180: UTF-8, a header
        row, CRLF line ends; a cell that would start with = + - @ gets a leading ').
        Malformed input is reported on standard output as by check, and nothing else is
        printed (exit status 2).
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] =
        [
            OptionSpec.choice("format", Format.allCases.map(\.rawValue), "json (default) or csv (one row per round)."),
            .value("today", "DATE", "The day implied rounds are counted from (default: today in UTC)."),
            .allowOutside,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the plan was printed",
        .invalidInput: "a plan file is malformed or missing, or the command line is invalid",
    ]

    /// The formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case json, csv
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let format = try parsed.choice("format", default: Format.json)
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let loaded = Resolver.load(paths, reader: try parsed.planReader(for: paths), keepingTrees: false)
        if loaded.hasInputErrors {
            invocation.write(TextReporter.report(loaded.findings, sources: loaded.sources))
            return .invalidInput
        }
        let implied = Expander.expand(loaded.plan, in: DateWindow.around(today))
        switch format {
        case .json:
            var writer = invocation.jsonWriter()
            loaded.plan.writeExport(to: &writer, implied: implied)
        case .csv:
            let listing = RoundListing(
                plan: loaded.plan, expansion: implied, findings: [], window: DateWindow(from: .minimum, through: .maximum))
            var writer = invocation.csvWriter(header: RoundListing.csvHeader(findings: false))
            listing.writeCSV(to: &writer, findings: false)
            writer.finish()
        }
        return .success
    }
}
