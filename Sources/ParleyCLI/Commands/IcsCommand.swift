import Basics
import Foundation
import ParleyKit

/// `parley ics [PATH...] --out DIR [--by series|country|person] [--check] [--prune]`: writes the
/// plans' rounds as iCalendar feeds, atomically, or checks that the feeds on disk are current.
struct IcsCommand: Command {
    let name = "ics"
    let summary = "Write the plans' rounds as iCalendar feeds (or check that they are current)."
    let discussion = """
        Reads the plans like check does and writes one .ics feed per series (default), per
        country (--by country: every round it takes part in) or per person (--by person:
        each delegate's and organizer's rounds), plus all.ics with every round, into DIR
        (created when missing). File names come from ids, made safe for any file system.
        Every recorded round is an event with a stable UID (series id and round number); a
        timed round of several days is one event repeating daily. SEQUENCE and DTSTAMP are
        kept from the feeds already in DIR while an event is unchanged, and SEQUENCE grows
        when its time, status, place or title changes, so the same plans and the same DIR
        always give the same bytes. Each file is replaced atomically, and only when it
        changes. A feed with no event is not written. Temporary files an interrupted write
        left in DIR are removed (and listed as stale by --check). Feeds Parley wrote earlier that the
        plans no longer produce are stale: --prune removes them (never any other file).
        With --check nothing is written: feeds that are missing, differ or are stale are
        listed and the exit status is 1.
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] =
        [
            OptionSpec.value("out", "DIR", "The folder the feeds go in (required).").required(),
            .choice("by", FeedGrouping.allCases.map(\.rawValue), "series (default), country or person; all.ics is always written."),
            .flag("check", "Write nothing; exit 1 if any feed in DIR is missing, differs or is stale."),
            .flag("prune", "Remove the feeds Parley wrote in DIR that the plans no longer produce."),
            .noFollow,
            .allowOutside,
        ] + OptionSpec.inputLimits
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
        let prune = parsed.flag("prune")
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let loaded = Resolver.load(paths, reader: try parsed.planReader(for: paths))
        if loaded.hasInputErrors {
            invocation.write(TextReporter.report(loaded.findings, sources: loaded.sources))
            return .invalidInput
        }
        let files = FileManager.default
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let onDisk = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".ics") }.sorted()
        // all.ics holds every event Parley wrote; without it, every feed in DIR is read.
        let earlier = (onDisk.contains("all.ics") ? ["all.ics"] : onDisk).compactMap { name in
            FileBytes.read(path: prefix + name)
        }
        let set = FeedExporter.feeds(of: loaded.plan, by: grouping, history: FeedHistory(feeds: earlier))
        if !set.findings.isEmpty {
            invocation.write(TextReporter.report(set.findings, sources: loaded.sources))
            return .invalidInput
        }
        if set.feeds.isEmpty {
            invocation.writeError("note: the plans record no rounds, so there is no feed to write (an iCalendar file needs an event)\n")
        }
        let onDiskNames = Set(onDisk)
        var differences = 0
        var changed: [(feed: Feed, existed: Bool)] = []
        for feed in set.feeds {
            let path = prefix + feed.fileName
            let exists = onDiskNames.contains(feed.fileName)
            if exists, feed.isContent(ofFileAt: path) { continue }
            differences += 1
            if checkOnly {
                invocation.write("\(path): \(exists ? "differs" : "missing")\n")
            } else {
                changed.append((feed, exists))
            }
        }
        if !changed.isEmpty {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw IcsCommandError("cannot create the folder \(folder): \(error.localizedDescription)")
            }
        }
        let failures = Feed.write(changed.map(\.feed), into: folder, followingSymbolicLinks: !parsed.flag("no-follow"))
        var written = 0
        var problems: [String] = []
        for ((feed, existed), failure) in zip(changed, failures) {
            if let failure {
                problems.append(failure.description)
                continue
            }
            written += 1
            invocation.write("\(prefix + feed.fileName): \(existed ? "updated" : "created") (\(Plural.count(feed.eventCount, "event")))\n")
        }
        if !problems.isEmpty {
            // Feeds are written side by side, so report every feed that did land before failing.
            throw IcsCommandError(
                problems.joined(separator: "\n")
                    + "\n\(written) of \(changed.count) changed feeds were written; each file is either its old or its new version")
        }
        let produced = Set(set.feeds.map(\.fileName))
        let stale = onDisk.filter {
            !produced.contains($0) && FileBytes.read(path: prefix + $0).map(FeedHistory.isWrittenByParley) == true
        }
        for name in stale {
            if checkOnly {
                differences += 1
                invocation.write(
                    "\(prefix + name): stale (these plans no longer produce it; parley ics --out \(folder) --prune removes it)\n")
            } else if prune {
                do {
                    try files.removeItem(atPath: prefix + name)
                    invocation.write("\(prefix + name): removed (these plans no longer produce it)\n")
                } catch {
                    throw IcsCommandError("cannot remove the stale feed \(prefix + name): \(error.localizedDescription)")
                }
            } else {
                invocation.writeError("note: \(prefix + name) is not produced by these plans; left in place (--prune removes it)\n")
            }
        }
        // Temporary files of an interrupted write (killed before its signal handler could run)
        // are never served as feeds: reported by --check, removed by a write.
        for name in TemporaryFiles.stale(in: folder) {
            if checkOnly {
                differences += 1
                invocation.write("\(prefix + name): stale temporary file (an interrupted write left it; parley ics removes it)\n")
            } else if unlink(prefix + name) == 0 {
                invocation.write("\(prefix + name): removed (a temporary file an interrupted write left)\n")
            } else {
                throw IcsCommandError("cannot remove the stale temporary file \(prefix + name): \(SystemError(code: errno))")
            }
        }
        if checkOnly {
            let current = "\(Plural.count(set.feeds.count, "feed")) in \(folder) \(set.feeds.count == 1 ? "is" : "are") current\n"
            let stale =
                "\(differences) of the feeds in \(folder) \(differences == 1 ? "is" : "are") not current; run parley ics without --check\n"
            invocation.write(differences == 0 ? current : stale)
            return differences == 0 ? .success : .findings
        }
        invocation.write(
            "\(Plural.count(set.feeds.count, "feed")) in \(folder): \(written) written, \(set.feeds.count - written) unchanged\n")
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
