import Basics
import CivilTime
import Foundation
import ParleyKit

/// `parley view [PATH...] [SERIES-ID...] [--out DIR|FILE] [--from DATE] [--to DATE]
/// [--by series|country|person] [--format html|svg] [--today DATE]`: the plans' rounds as a
/// year page (``YearView``).
struct ViewCommand: Command {
    let name = "view"
    let summary = "Draw the rounds of the plans as a year page (HTML, or SVG) to open, print or share."
    let discussion = """
        Reads and checks the plans like rounds does and draws the window (default: this year
        and next) as one self-contained HTML page: a grid of days with one row per series
        (--by country or --by person: one per country or person), weekends, holidays,
        collective leave, closures (blackouts) and observances of each row's partners and
        hosts (estimated days dashed), every round as a bar styled by its status (held,
        planned, proposed, postponed, cancelled, implied), every round owed under a 'within'
        line and not recorded (due, or overdue), the findings on each bar, a legend, month and
        ISO-week headings, today's line, and lists of the findings, the rounds and the venues'
        time zones. The page needs no network and prints on A4 or Letter landscape. Without
        --out the page goes to standard output; --out FILE (ending in .html or .svg) writes
        that file, --out DIR writes DIR/view.html (or view.svg), atomically. --format svg
        draws the grid alone as one SVG image. A page draws at most \(YearView.rowLimit) rows
        and counts the rest: narrow it with SERIES-ID arguments, --from/--to or --by country.
        """
    let positionals = [
        PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated),
        PositionalSpec("SERIES-ID", "Draw only these series (default: every series).", .repeated),
    ]
    let options: [OptionSpec] =
        [
            .value("out", "DIR|FILE", "Write the page to FILE, or to DIR/view.html (default: standard output)."),
            .choice("by", ViewGrouping.allCases.map(\.rawValue), "One row per series (default), country or person."),
            .choice("format", Format.allCases.map(\.rawValue), "html (default) or svg."),
            .value("from", "DATE", "First day drawn (default: 1 January of this year)."),
            .value("to", "DATE", "Last day drawn (default: 31 December of next year)."),
            .value("today", "DATE", "The day of the today line and the page's date (default: today in UTC)."),
            .noFollow,
            .allowOutside,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the page was written (findings on the rounds do not change the exit status)",
        .invalidInput: "a plan file is malformed or missing, a series is unknown, or the command line is invalid",
    ]

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case html, svg
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let format = try parsed.choice("format", default: Format.html)
        let grouping = try parsed.choice("by", default: ViewGrouping.series)
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let from = try parsed.date("from") ?? LocalDate(year: today.year, month: 1, day: 1) ?? today
        let through = try parsed.date("to") ?? LocalDate(year: today.year + 1, month: 12, day: 31) ?? today
        guard from <= through else { throw UsageError("--from \(from) is after --to \(through)") }
        let window = DateWindow(from: from, through: through)
        let (paths, seriesIDs) = RoundsCommand.split(parsed.positionals)
        let reader = try parsed.planReader(for: paths)
        guard
            let (loaded, listing) = try RoundsCommand.listing(
                paths: paths, seriesIDs: seriesIDs, reader: reader, today: today, window: window, invocation)
        else { return .invalidInput }
        let view = YearView(
            plan: loaded.plan, listing: listing, calendars: CalendarBook(plan: loaded.plan, reader: reader, window: window), today: today,
            grouping: grouping, files: paths)
        let page = format == .html ? view.html : view.svg
        guard let out = try parsed.value("out") else {
            invocation.writeData(page)
            return .success
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isFolder)
        let isFile = out.hasSuffix(".html") || out.hasSuffix(".svg") || (exists && !isFolder.boolValue)
        if !isFile && !exists {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw UsageError("cannot create the folder \(out): \(error.localizedDescription)")
            }
        }
        let path = isFile ? out : (out.hasSuffix("/") ? out : out + "/") + "view.\(format.rawValue)"
        try AtomicFile.write(Array(page.utf8), to: path, followingSymbolicLinks: !parsed.flag("no-follow"))
        invocation.writeError("wrote \(path)\n")
        return .success
    }
}
