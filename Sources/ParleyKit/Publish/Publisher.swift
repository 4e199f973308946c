import Basics
import CalDAV
import Foundation

/// Keeps CalDAV calendar collections in step with a plan, one way (plan → server), the way
/// `parley publish` does it:
///
/// 1. read each collection (``CalDAV/CalDAVClient/state()``; with a grouping, a missing
///    collection is made with `MKCALENDAR`) and every object in it, with its ETag;
/// 2. build the plan's objects (``FeedExporter/objects(of:by:history:)``), carrying
///    `SEQUENCE` and `DTSTAMP` on from the objects Parley stored earlier;
/// 3. write only what differs (``CollectionChanges``): `PUT` with `If-None-Match: *` to
///    create, `If-Match: ETAG` to replace, `DELETE` with `If-Match` to prune. A `412` means
///    someone changed the object after it was read: unless it now holds exactly what Parley
///    would write, it is a conflict, reported and left as the server has it.
///
/// Each object is written whole in one request, so an interrupted run leaves every object
/// either old or new, and the next run finishes the job.
public struct Publisher: Sendable {
    /// The collection's URL, or with a grouping the URL under which each feed's collection is.
    public let url: URL
    /// One collection per feed of this grouping under ``url``, or `nil` for one collection.
    public let grouping: FeedGrouping?
    /// What sends the requests.
    public let transport: HTTPTransport
    /// Whether to only say what would be done.
    public var dryRun = false
    /// Whether to delete objects Parley made that the plan no longer has.
    public var prune = false
    /// How many requests are in flight at once.
    public var connections = 4
    /// Called once every collection was read, before the first write (tests use it to play
    /// someone editing the calendar at that moment).
    public var afterReading: (@Sendable () -> Void)?

    /// A publisher to `url` through `transport`.
    public init(url: URL, grouping: FeedGrouping?, transport: HTTPTransport) {
        self.url = url
        self.grouping = grouping
        self.transport = transport
    }

    /// Publishes `plan`.
    ///
    /// - Returns: the findings that keep the plan from being published (then nothing is
    ///   sent), else the report, which holds the error that stopped the run, if one did.
    public func publish(_ plan: Plan) -> (findings: [Finding], report: PublishReport) {
        var report = PublishReport(dryRun: dryRun)
        // One collection needs no objects to be named; feeds' collections are named by their feeds.
        var collections = [(name: "all", title: FeedExporter.allTitle)]
        if grouping != nil {
            let planned = FeedExporter.objects(of: plan, by: grouping)
            guard planned.findings.isEmpty else { return (planned.findings, report) }
            collections = planned.collections.map { ($0.name, $0.title) }
        }
        // Read every collection first: what Parley stored there is the history of SEQUENCE and DTSTAMP.
        var clients: [CalDAVClient] = []
        var stored: [[StoredObject]] = []
        do throws(CalDAVError) {
            for collection in collections {
                let client = CalDAVClient(collection: collectionURL(named: collection.name), transport: transport)
                var entry = PublishReport.Collection(url: CalDAVClient.display(client.collection), title: collection.title)
                let objects: [RemoteObject]
                if let state = try client.state() {
                    guard state.isCalendar else {
                        throw .refused(
                            "\(entry.url) is not a CalDAV calendar collection (its resourcetype is not calendar); give the calendar's own URL"
                        )
                    }
                    objects = try client.objects(supportsSync: state.supportsSync)
                } else if grouping != nil {
                    entry.madeCollection = true
                    objects = []
                } else {
                    throw .refused("\(entry.url): \(CalDAVError.explain(404, method: "PROPFIND")); parley publish --by makes collections")
                }
                clients.append(client)
                stored.append(objects.map(StoredObject.init))
                report.collections.append(entry)
            }
        } catch {
            report.failure = error
            return ([], report)
        }
        let history = FeedHistory(calendars: stored.joined().filter(\.isParleys).compactMap(\.calendar))
        let current = FeedExporter.objects(of: plan, by: grouping, history: history)
        guard current.findings.isEmpty else { return (current.findings, report) }
        // The same plan gives the same feeds, so the collections match those read, one for one.
        let changes = zip(clients, stored).enumerated().map { index, pair in
            CollectionChanges(
                objects: index < current.collections.count ? current.collections[index].objects : [], stored: pair.1, client: pair.0,
                prune: prune)
        }
        afterReading?()
        for (index, collection) in changes.enumerated() {
            report.collections[index].unchanged = collection.unchanged.count
            report.collections[index].stale = collection.stale
            if dryRun {
                record(collection.changes.map { ($0, Outcome.done) }, into: &report.collections[index])
                continue
            }
            if report.collections[index].madeCollection {
                let title = report.collections[index].title
                do throws(CalDAVError) {
                    try clients[index].makeCalendar(displayName: title, description: "Rounds of \(title), published by parley publish")
                } catch {
                    report.failure = error
                    return ([], report)
                }
            }
            let client = clients[index]
            let work = collection.changes
            let outcomes = Parallel.map(work.count, threads: connections) { number in Self.apply(work[number], with: client) }
            record(Array(zip(work, outcomes)), into: &report.collections[index])
            if let failure = outcomes.lazy.compactMap(\.failure).first {
                report.failure = failure
                return ([], report)
            }
        }
        return ([], report)
    }

    /// The URL of the collection of the feed `name`: ``url`` itself, or with a grouping the
    /// feed's name under it.
    private func collectionURL(named name: String) -> URL {
        guard grouping != nil else { return url }
        let base = url.path.hasSuffix("/") ? url : url.appendingPathComponent("", isDirectory: true)
        return CalDAVClient(collection: base, transport: transport).member(named: name + "/")
    }

    /// How one change ended.
    enum Outcome: Sendable {
        case done
        case unchanged
        case conflict(String)
        case failed(CalDAVError)

        var failure: CalDAVError? {
            if case .failed(let error) = self { return error }
            return nil
        }
    }

    /// Makes `change` on the server.
    static func apply(_ change: CollectionChanges.Change, with client: CalDAVClient) -> Outcome {
        do throws(CalDAVError) {
            switch change {
            case .create(let object, let url):
                switch try client.put(object.bytes, at: url, precondition: .absent) {
                case .done, .gone: return .done
                case .preconditionFailed: return try settle(object, at: url, with: client, "appeared on the server since it was read")
                }
            case .update(let object, let stored):
                switch try client.put(object.bytes, at: stored.remote.url, precondition: .matches(stored.remote.etag)) {
                case .done, .gone: return .done
                case .preconditionFailed:
                    return try settle(object, at: stored.remote.url, with: client, "was changed on the server since it was read")
                }
            case .delete(let stored):
                switch try client.delete(at: stored.remote.url, etag: stored.remote.etag) {
                case .done, .gone: return .done
                case .preconditionFailed: return .conflict("was changed on the server since it was read, so it is not deleted")
                }
            }
        } catch {
            return .failed(error)
        }
    }

    /// After a `412`: unchanged when the server now holds what Parley would write (an earlier,
    /// interrupted run, or a retried request, stored it), else a conflict, left alone.
    private static func settle(_ object: CalendarObject, at url: URL, with client: CalDAVClient, _ what: String) throws(CalDAVError)
        -> Outcome
    {
        guard let now = try client.object(at: url) else {
            return .conflict("was deleted on the server since it was read (412 Precondition Failed); left deleted")
        }
        if StoredObject(now).matches(object) { return .unchanged }
        return .conflict("\(what) (412 Precondition Failed); the server's version is kept")
    }

    private func record(_ outcomes: [(CollectionChanges.Change, Outcome)], into entry: inout PublishReport.Collection) {
        for (change, outcome) in outcomes {
            switch outcome {
            case .done:
                switch change {
                case .create: entry.created.append(change.uid)
                case .update: entry.updated.append(change.uid)
                case .delete: entry.deleted.append(change.uid)
                }
            case .unchanged: entry.unchanged += 1
            case .conflict(let reason): entry.conflicts.append((change.uid, reason))
            case .failed: continue
            }
        }
    }
}
