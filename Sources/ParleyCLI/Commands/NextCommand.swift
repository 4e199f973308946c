import Basics
import CivilTime
import Foundation
import ParleyKit

/// `parley next SERIES-ID [PATH...] [--round N] [--after DATE] [--before DATE] [--limit N]
/// [--pick K] [--format text|json] [--write] [--today DATE] [--notice N]`: proposes the next
/// round of a series, or a new date for a recorded round.
struct NextCommand: Command {
    /// The output formats of `parley next`.
    enum Format: String, CaseIterable {
        case text, json
    }

    let name = "next"
    let summary = "Propose the next round of a series, ranked, with reasons."
    let discussion = """
        Tries every window of the series' length from --after (default: the day after the
        last recorded round, or today if later), but never before today plus the notice
        (--notice, else the series' 'notice N days', else \(Series.defaultNoticeDays)) and
        the travel days of visiting delegates, around the cadence's due date ± its
        tolerance, widened up to \(Scheduler.maximumWidenings) times when nothing fits (by the tolerance, at least 14
        days, each side; cadence findings then count as costs). Without a cadence the search
        covers --after to --before, or \(Scheduler.openHorizonDays) days. The host follows the series'
        alternation (or fixed host, virtual, or the rotation's next chair, passing over members
        named by --declined-by); visiting delegates get a travel day either side.
        Each window is checked by every rule of 'parley check' with the round added: errors
        reject it, warnings cost points, as do days from the due date, days outside
        'prefer months', delegates' other rounds and busy-calendar events within three days,
        and estimated holidays within three days. Lowest score first, ties to the earlier
        date. Rejections are summarised by rule. While a 'within N days after' window of
        the series is open, the search stays inside it. Rounds over but still planned or
        proposed are not counted.
        --write records the chosen suggestion (the first, or --pick K) as a 'proposed' round
        after the series' last round line, changing nothing else in the file (atomic write).
        --round N re-plans recorded round N (one that has not taken place): the search runs
        as if it were not there, between the rounds before and after it, and without a due
        date prefers dates near its current one. With --write its date (and venue, if the
        host changes) is changed in place and 'moved from OLD' is added under it; its note,
        comments and acknowledgements are kept, and feeds bump the event's SEQUENCE.
        """
    let positionals = [
        PositionalSpec("SERIES-ID", "The dialogue or exchange to plan."),
        PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated),
    ]
    let options: [OptionSpec] =
        [
            .value("round", "N", "Re-plan recorded round N instead of proposing a new one."),
            .value("after", "DATE", "First day a round may start (default: after the last round, or today)."),
            .value("before", "DATE", "Rounds must end before this day."),
            .value("limit", "N", "Show at most N suggestions (default 5)."),
            .value("pick", "K", "With --write: record the K-th suggestion (default 1)."),
            .choice("format", Format.allCases.map(\.rawValue), "text (default) or json."),
            .flag("write", "Record the chosen suggestion as a proposed round in the plan file."),
            .value("today", "DATE", "The day to plan as of (default: today in UTC)."),
            .value("notice", "N", "Days of notice before the first travel day (default: the series' notice, else 30)."),
            .value(
                "declined-by", "CC",
                "A member that declines the new round (repeatable, or CC,CC): a rotation passes over it for the chair, and --write records 'declined by CC' under the round."
            ),
            .noFollow,
            .allowOutside,
            .maxSearchDays,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "at least one window fits",
        .findings: "no window fits",
        .invalidInput:
            "a plan file is malformed, the series or round is unknown, the round took place, the search is larger than --max-search-days, or the command line is invalid",
    ]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let seriesID = try parsed.positional(0, "SERIES-ID")
        let format = try parsed.choice("format", default: Format.text)
        let limit = try parsed.integer("limit", in: 0...100_000) ?? 5
        let round = try parsed.integer("round", in: 1...1_000_000)
        let pick = try parsed.integer("pick", in: 1...100_000)
        let write = parsed.flag("write")
        if pick != nil, !write { throw UsageError("--pick chooses the suggestion --write records; add --write") }
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let after = try parsed.date("after")
        let before = try parsed.date("before")
        let notice = try parsed.integer("notice", in: 0...3660)
        let declinedBy = try Self.countries(parsed.values("declined-by"))
        if let after, let before, after >= before { throw UsageError("--after (\(after)) must be before --before (\(before))") }
        let paths = parsed.positionals.count > 1 ? Array(parsed.positionals.dropFirst()) : ["Plans"]
        let reader = try parsed.planReader(for: paths)
        let loaded = Resolver.load(paths, reader: reader)
        let proposal: Proposal
        do {
            let request = NextRequest(
                seriesID: seriesID, today: today, round: round, after: after, before: before, reader: reader, notice: notice,
                declinedBy: declinedBy)
            proposal = try Scheduler.propose(loaded, request: request)
        } catch {
            if !error.findings.isEmpty, error.code == .invalidInput {
                invocation.write(TextReporter.report(error.findings, sources: loaded.sources))
            }
            let hint =
                switch error.code {
                case .emptyRange: "; move --after earlier or --before later"
                case .searchTooLarge: "; narrow --after and --before, or raise --max-search-days"
                default: ""
                }
            if let location = error.location {
                invocation.writeError("\(location): error: \(error.message)\(hint)\n")
            } else {
                invocation.writeError("Error: \(error.message)\(hint)\n")
            }
            return .invalidInput
        }
        var written: Suggestion?
        var note = ""
        if write, !proposal.suggestions.isEmpty {
            let index = (pick ?? 1) - 1
            guard proposal.suggestions.indices.contains(index) else {
                throw UsageError(
                    "--pick \(index + 1): only \(proposal.suggestions.count) \(proposal.suggestions.count == 1 ? "window fits" : "windows fit")"
                )
            }
            let chosen = proposal.suggestions[index]
            note = try record(chosen, of: proposal, loaded: loaded, followingSymbolicLinks: !parsed.flag("no-follow"))
            written = chosen
        }
        switch format {
        case .text:
            invocation.write(proposal.text(limit: limit, hints: Self.hints) + note)
        case .json:
            invocation.writeData(proposal.json(limit: limit, written: written, hints: Self.hints))
        }
        return proposal.suggestions.isEmpty ? .findings : .success
    }

    /// The country ids of `--declined-by` values (each one id or a comma list), in order, each once.
    ///
    /// - Throws: ``UsageError`` for an empty id (`MY,,PH`).
    static func countries(_ values: [String]) throws(UsageError) -> [String] {
        var ids: [String] = []
        for value in values {
            for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                let id = part.trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else { throw UsageError("--declined-by '\(value)': expected country ids separated by commas") }
                if !ids.contains(id) { ids.append(id) }
            }
        }
        return ids
    }

    /// The options a user changes to see more suggestions or search other dates.
    static let hints = ProposalHints(moreSuggestions: "raise --limit to see them", otherDates: "--after and --before")

    /// Writes `suggestion` into the series' file atomically; returns the line saying so.
    private func record(
        _ suggestion: Suggestion, of proposal: Proposal, loaded: LoadedPlan, followingSymbolicLinks: Bool
    ) throws -> String {
        guard let path = proposal.insertion?.file ?? proposal.replacement?.file else {
            throw ScheduleError(.notWritable, "cannot find the declaration of \(proposal.series.id) to write the round to")
        }
        guard case .success(let current) = DiskPlanReader().read(path), current == loaded.sources[path]?.text else {
            throw ScheduleError(.notWritable, "\(path) changed while parley next was running; run it again")
        }
        let updated = try proposal.recording(suggestion, in: current)
        try AtomicFile.write(Array(updated.utf8), to: path, followingSymbolicLinks: followingSymbolicLinks)
        if let replanned = proposal.replanned, let line = proposal.replacement?.line {
            return "\nMoved round \(replanned.number) from \(replanned.start) to \(suggestion.round.start) in \(path):\(line)\n"
        }
        return "\nWrote '\(RoundInsertion.text(of: suggestion.round))' to \(path):\(proposal.insertion?.line ?? 0)\n"
    }
}
