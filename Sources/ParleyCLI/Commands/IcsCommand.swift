import Basics
import Foundation
import ParleyKit

/// `parley ics [PATH...] --out DIR [--by series|country|person] [--check]`: writes the plans'
/// rounds as iCalendar feeds, atomically, or checks that the feeds on disk are current.
struct IcsCommand: Command {
    let name = "ics"
    let summary = "Write the plans' rounds as iCalendar feeds (or check that they are current)."
    let discussion = """
        Reads the plans like check does and writes one .ics feed per series (default), per
        country (--by country: every round it takes part in) or per person (--by person:
        each delegate's and organizer's rounds), plus all.ics with every round, into DIR
        (created when missing). File names come from ids, made safe for any file system.
        Every recorded round is an event with a stable UID (series id and round number),
        SEQUENCE counting its 'moved from' lines, and DTSTAMP from the plan, so the same plans
        always give the same bytes. Each file is replaced atomically, and only when it changes.
        With --check nothing is written: feeds that are missing or differ, and .ics files in
        DIR that the plans no longer produce, are listed and the exit status is 1.
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] = [
        OptionSpec.value("out", "DIR", "The folder the feeds go in (required).").required(),
        .choice("by", FeedGrouping.allCases.map(\.rawValue), "series (default), country or person; all.ics is always written."),
        .flag("check", "Write nothing; exit 1 if any feed in DIR is missing, differs or is stale."),
        .allowOutside,
    ]
    let exitCodes: [ExitCode: String] = [
        .success: "the feeds were written, or with --check are all current",
        .findings: "with --check: a feed is missing, differs or is stale",
        .invalidInput: "a plan file is malformed, a feed cannot be written, or the command line is invalid",
    ]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        guard let folder = try parsed.value("out") else { throw UsageError("missing --out DIR: the folder the feeds go in") }
        let grouping = try parsed.choice("by", default: FeedGrouping.series)
        let checkOnly = parsed.flag("check")
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let loaded = Resolver.load(paths, reader: parsed.planReader(for: paths))
        if loaded.hasInputErrors {
            invocation.writeError(TextReporter.report(loaded.findings, sources: loaded.sources))
            return .invalidInput
        }
        let set = FeedExporter.feeds(of: loaded.plan, by: grouping)
        if !set.findings.isEmpty {
            invocation.writeError(TextReporter.report(set.findings, sources: loaded.sources))
            return .invalidInput
        }
        let files = FileManager.default
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var differences = 0
        var changed: [(feed: Feed, existed: Bool)] = []
        for feed in set.feeds {
            let path = prefix + feed.fileName
            let existing = files.contents(atPath: path)
            if let existing, feed.hasBytes(existing) { continue }
            differences += 1
            if checkOnly {
                invocation.write("\(path): \(existing == nil ? "missing" : "differs")\n")
            } else {
                changed.append((feed, existing != nil))
            }
        }
        if !changed.isEmpty {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw IcsCommandError("cannot create the folder \(folder): \(error.localizedDescription)")
            }
        }
        let failures = Feed.write(changed.map(\.feed), into: folder)
        var written = 0
        var problems: [String] = []
        for ((feed, existed), failure) in zip(changed, failures) {
            if let failure {
                problems.append(failure.description)
                continue
            }
            written += 1
            invocation.write("\(prefix + feed.fileName): \(existed ? "updated" : "created") (\(feed.eventCount) event\(feed.eventCount == 1 ? "" : "s"))\n")
        }
        if !problems.isEmpty {
            // Feeds are written side by side, so report every feed that did land before failing.
            throw IcsCommandError(problems.joined(separator: "\n") + "\n\(written) of \(changed.count) changed feeds were written; each file is either its old or its new version")
        }
        let produced = Set(set.feeds.map(\.fileName))
        let stale = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".ics") && !produced.contains($0) }.sorted()
        for name in stale {
            if checkOnly {
                differences += 1
                invocation.write("\(prefix + name): stale (these plans do not produce it)\n")
            } else {
                invocation.writeError("note: \(prefix + name) is not produced by these plans; left in place\n")
            }
        }
        if checkOnly {
            invocation.write(differences == 0 ? "\(set.feeds.count) feeds in \(folder) are current\n" : "\(differences) of the feeds in \(folder) are not current; run parley ics without --check\n")
            return differences == 0 ? .success : .findings
        }
        invocation.write("\(set.feeds.count) feeds in \(folder): \(written) written, \(set.feeds.count - written) unchanged\n")
        return .success
    }
}

/// A file-system failure while writing feeds, said plainly.
struct IcsCommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
