/// What a `PROPFIND` says about a calendar collection.
public struct CollectionState: Sendable, Hashable {
    /// Whether its `resourcetype` is `calendar` (RFC 4791 §4.2).
    public let isCalendar: Bool
    /// Whether it offers the `sync-collection` report (RFC 6578 §3).
    public let supportsSync: Bool
    /// Its `displayname`, when it has one.
    public let displayName: String?
}
