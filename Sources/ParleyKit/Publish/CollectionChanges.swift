import CalDAV
import Foundation

/// What publishing one collection must do: the plan's objects compared with the server's
/// (``StoredObject``) by `UID`.
struct CollectionChanges: Sendable {
    /// One write to make.
    enum Change: Sendable {
        /// A new object at this URL, with `If-None-Match: *`.
        case create(CalendarObject, URL)
        /// A changed object replacing the stored one, with `If-Match` its ETag.
        case update(CalendarObject, StoredObject)
        /// A stale object Parley made (``StoredObject/isParleys``) to delete, with `If-Match`.
        case delete(StoredObject)

        /// The `UID` the change is about.
        var uid: String {
            switch self {
            case .create(let object, _), .update(let object, _): object.uid
            case .delete(let stored): stored.uid ?? CalDAVClient.display(stored.remote.url)
            }
        }
    }

    /// The writes, creates and updates in plan order, then deletes by `UID`.
    var changes: [Change] = []
    /// The `UID`s of the objects already as the plan says.
    var unchanged: [String] = []
    /// The `UID`s of objects Parley made that the plan no longer has, when not pruning.
    var stale: [String] = []

    /// The changes that make the collection of `client` hold `objects`, given what it holds
    /// (`stored`); objects Parley did not make are never touched.
    init(objects: [CalendarObject], stored: [StoredObject], client: CalDAVClient, prune: Bool) {
        var byUID: [String: StoredObject] = [:]
        for object in stored {
            guard let uid = object.uid, byUID[uid] == nil else { continue }
            byUID[uid] = object
        }
        var produced = Set<String>()
        for object in objects {
            produced.insert(object.uid)
            if let existing = byUID[object.uid] {
                if existing.matches(object) {
                    unchanged.append(object.uid)
                } else {
                    changes.append(.update(object, existing))
                }
            } else {
                changes.append(.create(object, client.member(named: object.resourceName)))
            }
        }
        let leftOver = stored.filter { object in object.isParleys && object.uid.map { !produced.contains($0) } == true }
            .sorted { ($0.uid ?? "") < ($1.uid ?? "") }
        if prune {
            changes += leftOver.map(Change.delete)
        } else {
            stale = leftOver.compactMap(\.uid)
        }
    }
}
