import CalDAV

/// What `parley publish` did (or, for a dry run, would do) to each collection, and the
/// error that stopped it, if one did.
public struct PublishReport: Sendable {
    /// One collection's outcome.
    public struct Collection: Sendable {
        /// The collection's URL, as messages show it.
        public let url: String
        /// Its display name.
        public let title: String
        /// Whether the collection was (or would be) created with `MKCALENDAR`.
        public var madeCollection = false
        /// `UID`s of the objects created, in the order done.
        public var created: [String] = []
        /// `UID`s of the objects updated, in the order done.
        public var updated: [String] = []
        /// `UID`s of the objects deleted (`--prune`), in the order done.
        public var deleted: [String] = []
        /// Objects left as the server has them: `UID` and why.
        public var conflicts: [(uid: String, reason: String)] = []
        /// How many objects were already as the plan says.
        public var unchanged = 0
        /// `UID`s of objects Parley made that the plan no longer has (left, without `--prune`).
        public var stale: [String] = []

        /// Whether anything was (or would be) written.
        public var changed: Bool { madeCollection || !created.isEmpty || !updated.isEmpty || !deleted.isEmpty }
    }

    /// The collections, in plan order.
    public var collections: [Collection] = []
    /// The error that stopped publishing; what is in ``collections`` was done before it.
    public var failure: CalDAVError?
    /// Whether this was a dry run (nothing written).
    public let dryRun: Bool

    /// Whether any conflict was reported.
    public var hasConflicts: Bool { collections.contains { !$0.conflicts.isEmpty } }
    /// Whether anything was (or would be) written.
    public var changed: Bool { collections.contains(where: \.changed) }
}
