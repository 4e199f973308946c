import Basics
import CivilTime
import Foundation
import ParleyKit

/// `parley tz TZID [--year YEAR] [--format text|json]`: the moments in a year when a time
/// zone's clocks change, with the wall-clock time on either side.
///
/// The year is the zone's own: from its local midnight starting 1 January to the next one.
/// Each transition shows the instant (UTC), the local clock just before and just after it,
/// the offsets, whether daylight-saving time starts, and which local times are skipped or
/// repeated: exactly what to know when a meeting lands on a DST weekend.
struct TimeZoneCommand: Command {
    let name = "tz"
    let summary = "Show when a time zone's clocks change in a year."
    let discussion = """
        Lists each transition of the zone in the year (the zone's local 1 January to
        31 December): the instant in UTC, the local clock just before and just after it,
        the offsets from UTC, whether daylight-saving time is in force afterwards, and the
        local times that the change skips (clocks forward) or repeats (clocks back).
        Zone data: the IANA time-zone database as Foundation provides it.
        """
    let positionals = [PositionalSpec("TZID", "An IANA time-zone name, such as Europe/London or Asia/Jakarta.")]
    let options: [OptionSpec] = [
        .value(
            "year", "YEAR",
            "The year to list, \(ZoneRules.coveredYears.lowerBound)–\(ZoneRules.coveredYears.upperBound) (default: the current year in UTC)."
        ),
        .choice("format", Format.allCases.map(\.rawValue), "text (default) or json."),
    ]
    let exitCodes: [ExitCode: String] = [.success: "the transitions were printed", .invalidInput: "unknown zone or invalid command line"]

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let identifier = try parsed.positional(0, "TZID")
        try parsed.expectPositionals(atMost: 1)
        let format = try parsed.choice("format", default: Format.text)
        let year = try parsed.integer("year", in: ZoneRules.coveredYears) ?? Self.currentYear()
        let rules: ZoneRules
        do {
            rules = try ZoneRules.named(identifier)
        } catch {
            throw UsageError(error.description)
        }
        let report = ZoneYearReport(rules: rules, year: year)
        switch format {
        case .text: invocation.write(VisibleText.verbatim(report.text(style: invocation.outputStyle)))
        case .json: invocation.writeData(report.json.rendered + "\n")
        }
        return .success
    }

    private static func currentYear() -> Int {
        Instant(Date()).utcDateTime?.date.year ?? ZoneRules.coveredYears.lowerBound
    }
}
