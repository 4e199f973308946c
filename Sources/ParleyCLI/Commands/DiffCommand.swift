import Basics
import CivilTime
import Foundation
import ParleyKit

/// `parley diff OLD NEW [--format text|markdown|json] [--by series|country|person] [--today DATE] [--strict]` and
/// `parley diff --git REV [PATH...]`: what a change to the plans does.
struct DiffCommand: Command {
    let name = "diff"
    let summary = "Show what a change to the plans does: rounds, implied rounds, findings and feeds."
    let discussion = """
        Compares two versions of the plans: OLD and NEW (plan files or folders), or with
        --git REV the plans under each PATH (default: Plans) at the git revision REV (read
        with git ls-tree and git show, never touching the working tree or the index) and in
        the working tree. Both are checked as check does (window: a year before --today to
        three years after). Reports the series added and removed; per series the rounds
        added, removed, moved (old and new dates), re-hosted, with a new status or new
        notes; the implied rounds that change; the findings the change introduces and
        resolves (matched by code, series, round and message, never by line, so renaming a
        file, moving a series or reordering lines changes nothing); and the feeds 'parley
        ics --by' would write with other bytes (--by series, country or person, as ics). --format markdown is a pull-request comment;
        json is schema-versioned. Malformed OLD input is shown as resolved findings;
        malformed NEW input stops with exit status 2.
        """
    let usageForms = ["paths", "git"]
    let positionals = [
        PositionalSpec("OLD", "The plans before the change: a plan file or a folder.", only: ["paths"]),
        PositionalSpec("NEW", "The plans after the change: a plan file or a folder.", only: ["paths"]),
        PositionalSpec("PATH", "With --git: a plan file or folder, at REV and now (default: Plans).", .repeated, only: ["git"]),
    ]
    let options: [OptionSpec] =
        [
            OptionSpec.value("git", "REV", "Compare the plans at git revision REV with the working tree.").required().only(in: "git"),
            .choice("format", Format.allCases.map(\.rawValue), "text (default), markdown (a pull-request comment) or json."),
            .choice("by", FeedGrouping.allCases.map(\.rawValue), "The feeds compared: series (default), country or person, as ics --by."),
            .value("today", "DATE", "The day to check both versions as of (default: today in UTC)."),
            .flag("strict", "Exit 1 when the change introduces warnings too."),
            .allowOutside,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the change introduces no errors (warnings are allowed unless --strict)",
        .findings: "the change introduces errors, or warnings under --strict",
        .invalidInput: "the new plans are malformed, a path or revision cannot be read, or the command line is invalid",
    ]

    /// The output formats of `--format`.
    enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        let format = try parsed.choice("format", default: Format.text)
        let grouping = try parsed.choice("by", default: FeedGrouping.series)
        let today = try parsed.date("today") ?? Instant(Date()).utcDateTime?.date ?? .minimum
        let oldReader: any PlanReader
        let oldPaths: [String]
        let newPaths: [String]
        if let revision = try parsed.value("git") {
            newPaths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
            oldPaths = newPaths
            let limits = try parsed.planLimits()
            do { oldReader = try GitPlanReader(revision: revision, paths: oldPaths, limits: limits) } catch {
                invocation.writeError("Error: --git \(revision): \(error.reason)\n")
                return .invalidInput
            }
        } else {
            let old = try parsed.positional(0, "OLD")
            let new = try parsed.positional(1, "NEW")
            try parsed.expectPositionals(atMost: 2)
            oldPaths = [old]
            newPaths = [new]
            oldReader = try parsed.planReader(for: oldPaths)
        }
        let newReader = try parsed.planReader(for: newPaths)
        for (paths, reader) in [(oldPaths, oldReader), (newPaths, newReader)] {
            for path in paths where reader.planFiles(at: path) == nil {
                throw UsageError(
                    "\(path): no such plan file or folder\(reader is GitPlanReader ? " at --git \(try parsed.value("git") ?? "")" : "")")
            }
        }
        let sides: [(paths: [String], reader: any PlanReader)] = [(oldPaths, oldReader), (newPaths, newReader)]
        let snapshots = Parallel.map(2) { index in
            let side = sides[index]
            let loaded = Resolver.load(side.paths, reader: side.reader)
            return PlanSnapshot(loaded, options: CheckOptions(today: today, reader: side.reader, suggestions: false), feeds: grouping)
        }
        let new = snapshots[1]
        if new.loaded.hasInputErrors {
            invocation.write(TextReporter.report(new.loaded.findings, sources: new.loaded.sources))
            return .invalidInput
        }
        let diff = PlanDiff(old: snapshots[0], new: new)
        switch format {
        case .text: invocation.write(diff.text)
        case .markdown: invocation.write(diff.markdown)
        case .json:
            var writer = invocation.jsonWriter()
            diff.writeJSON(to: &writer)
        }
        return diff.introducesErrors(strict: parsed.flag("strict")) ? .findings : .success
    }
}
