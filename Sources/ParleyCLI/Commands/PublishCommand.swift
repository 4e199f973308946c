import CalDAV
import Foundation
import ParleyKit

/// `parley publish [PATH...] --to URL [--by series|country|person] [--dry-run] [--prune] [--user NAME]
/// [--format text|json]`: keeps CalDAV calendar collections in step with the plans, one way.
struct PublishCommand: Command {
    let name = "publish"
    let summary = "Keep a CalDAV calendar in step with the plans' rounds."
    let discussion = """
        Reads the plans like check does and makes the CalDAV calendar collection at URL
        (RFC 4791) hold one event object per recorded round and milestone, named after its
        UID, each written as the feeds write it (without attendees, so a server sends no
        invitations). With --by, URL is a base under which each feed's collection is used
        (URL/id-ru-iis/, URL/country-ID/, ...), made with MKCALENDAR when missing.
        The collection is read first (sync-collection when the server offers it, else
        calendar-query), then only what differs is written: a new object with
        If-None-Match: *, a changed one with If-Match and the ETag just read, so an edit
        made on the server meanwhile is never overwritten: it is reported as a conflict and
        kept. --prune deletes objects Parley made that the plans no longer have, also with
        If-Match; nothing else is ever deleted. A run with nothing to change writes nothing.
        Credentials come from PARLEY_CALDAV_USER and PARLEY_CALDAV_PASSWORD, or from the
        ~/.netrc entry for the host; never from the command line. Plain http:// is refused
        except to the loopback address, unless --insecure-http. Requests time out after
        --timeout seconds and are retried with backoff on network errors and 5xx answers.
        """
    let positionals = [PositionalSpec("PATH", "A plan file or a folder of them (default: Plans).", .repeated)]
    let options: [OptionSpec] =
        [
            OptionSpec.value("to", "URL", "The calendar collection's URL (with --by, the URL above the collections; required).").required(),
            .choice("by", FeedGrouping.allCases.map(\.rawValue), "One collection per series, country or person under URL."),
            .flag("dry-run", "Write nothing; say what would be created, updated, deleted or conflict."),
            .flag("prune", "Delete the objects Parley made that the plans no longer have."),
            .value("user", "NAME", "The user name (else PARLEY_CALDAV_USER or ~/.netrc); the password is never an option."),
            .choice("format", PublishFormat.allCases.map(\.rawValue), "text (default) or json."),
            .flag("insecure-http", "Allow plain http:// to a host other than the loopback address."),
            .value("timeout", "SECONDS", "How long one request may wait for an answer (default 30)."),
            .value("retries", "N", "How often a request is retried after a network error or a 5xx answer (default 3)."),
            .allowOutside,
        ] + OptionSpec.inputLimits
    let exitCodes: [ExitCode: String] = [
        .success: "the calendar holds what the plans say",
        .findings: "an object was changed on the server meanwhile and kept (a conflict), or with --dry-run something would change",
        .invalidInput: "a plan file is malformed, the command line is invalid, or the server refused or could not be reached",
    ]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        guard let address = try parsed.value("to") else { throw UsageError("missing --to URL: the CalDAV calendar collection") }
        let grouping: FeedGrouping? = try parsed.value("by") == nil ? nil : try parsed.choice("by", default: FeedGrouping.series)
        let format = try parsed.choice("format", default: PublishFormat.text)
        let timeout = try parsed.integer("timeout", in: 1...3600) ?? 30
        let retries = try parsed.integer("retries", in: 0...10) ?? 3
        let url = try Self.collectionURL(address, insecureHTTP: parsed.flag("insecure-http"))
        let paths = parsed.positionals.isEmpty ? ["Plans"] : parsed.positionals
        let loaded = Resolver.load(paths, reader: try parsed.planReader(for: paths))
        if loaded.hasInputErrors {
            invocation.write(TextReporter.report(loaded.findings, sources: loaded.sources))
            return .invalidInput
        }
        let credentials = try Credentials.find(for: url.host ?? "", user: try parsed.value("user"), environment: invocation.environment)
        var publisher = Publisher(
            url: url, grouping: grouping, transport: HTTPTransport(credentials: credentials, timeout: Double(timeout), retries: retries))
        publisher.dryRun = parsed.flag("dry-run")
        publisher.prune = parsed.flag("prune")
        let (findings, report) = publisher.publish(loaded.plan)
        if !findings.isEmpty {
            invocation.write(TextReporter.report(findings, sources: loaded.sources))
            return .invalidInput
        }
        switch format {
        case .text: invocation.write(Self.text(report))
        case .json: invocation.write(Self.json(report).rendered + "\n")
        }
        if let failure = report.failure {
            var message = "\(failure)"
            if let credentials, credentials.appears(in: message) {
                message = "the server refused the request (details withheld: they hold the password)"
            }
            invocation.writeError("Error: \(message)\n")
            return .invalidInput
        }
        for collection in report.collections where !collection.stale.isEmpty {
            invocation.writeError(
                "note: \(collection.url): \(Plural.count(collection.stale.count, "object")) Parley made \(collection.stale.count == 1 ? "is" : "are") no longer in the plans; left in place (--prune deletes them)\n"
            )
        }
        if report.hasConflicts || (report.dryRun && report.changed) { return .findings }
        return .success
    }

    /// The collection URL in `text`: `https://`, or `http://` to the loopback address (any
    /// host with `insecureHTTP`), without a user part.
    static func collectionURL(_ text: String, insecureHTTP: Bool) throws(UsageError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw UsageError("--to: '\(text)' is not a URL; expected e.g. https://dav.example.org/calendars/desk/rounds/")
        }
        guard url.user == nil && url.password == nil else {
            throw UsageError(
                "--to: the URL holds a user name or password; give them in PARLEY_CALDAV_USER and PARLEY_CALDAV_PASSWORD or ~/.netrc instead"
            )
        }
        switch scheme {
        case "https": return url
        case "http":
            let loopback = host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
            if loopback || insecureHTTP { return url }
            throw UsageError(
                "--to: plain http:// to \(host) would send the password and the plan unencrypted; use https://, or --insecure-http if you must"
            )
        default:
            throw UsageError("--to: unsupported scheme '\(scheme)'; expected https:// (or http:// to the loopback address)")
        }
    }

    /// The report as text: a line per change, then a line per collection.
    static func text(_ report: PublishReport) -> String {
        let (create, update, delete) = report.dryRun ? ("would create", "would update", "would delete") : ("created", "updated", "deleted")
        var text = ""
        for collection in report.collections {
            if collection.madeCollection {
                text += "\(collection.url): \(report.dryRun ? "would create" : "created") the calendar collection '\(collection.title)'\n"
            }
            for uid in collection.created { text += "\(collection.url): \(create) \(uid)\n" }
            for uid in collection.updated { text += "\(collection.url): \(update) \(uid)\n" }
            for uid in collection.deleted { text += "\(collection.url): \(delete) \(uid)\n" }
            for (uid, reason) in collection.conflicts { text += "\(collection.url): conflict: \(uid) \(reason)\n" }
            let verb = report.dryRun ? "to create" : "created"
            text +=
                "\(collection.url): \(collection.created.count) \(verb), \(collection.updated.count) \(report.dryRun ? "to update" : "updated"), "
                + "\(collection.deleted.count) \(report.dryRun ? "to delete" : "deleted"), \(Plural.count(collection.conflicts.count, "conflict")), "
                + "\(collection.unchanged) unchanged\n"
        }
        return text
    }

    /// The report as one JSON object.
    static func json(_ report: PublishReport) -> JSONValue {
        .object([
            "dryRun": .bool(report.dryRun),
            "error": report.failure.map { .string("\($0)") } ?? .null,
            "collections": .array(
                report.collections.map { collection in
                    .object([
                        "url": .string(collection.url),
                        "title": .string(collection.title),
                        "madeCollection": .bool(collection.madeCollection),
                        "created": .array(collection.created.map(JSONValue.string)),
                        "updated": .array(collection.updated.map(JSONValue.string)),
                        "deleted": .array(collection.deleted.map(JSONValue.string)),
                        "conflicts": .array(collection.conflicts.map { .object(["uid": .string($0.uid), "reason": .string($0.reason)]) }),
                        "unchanged": .int(collection.unchanged),
                        "stale": .array(collection.stale.map(JSONValue.string)),
                    ])
                }),
        ])
    }
}
