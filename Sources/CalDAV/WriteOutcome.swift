/// How a conditional `PUT` or `DELETE` ended.
public enum WriteOutcome: Sendable, Hashable {
    /// Done; the new `ETag` when the server sent one.
    case done(etag: String?)
    /// `412 Precondition Failed`: the object changed (or appeared) on the server since it was read.
    case preconditionFailed
    /// `DELETE` found nothing there (404): someone deleted it first.
    case gone
}

/// The condition a `PUT` is sent with, so that no one's edit is overwritten (RFC 7232).
public enum WritePrecondition: Sendable, Hashable {
    /// `If-None-Match: *`: create, only if nothing is there.
    case absent
    /// `If-Match: ETAG`: replace, only if the object is still the version read.
    case matches(String)
}
