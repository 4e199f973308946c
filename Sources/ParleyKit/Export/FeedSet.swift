/// What ``FeedExporter/feeds(of:by:)`` produces: the feeds, in file-name order, and the
/// problems that kept some rounds or properties out of them.
public struct FeedSet: Hashable, Sendable {
    /// The feeds, sorted by file name; `all.ics` is always among them.
    public let feeds: [Feed]
    /// Errors (code `input`) at the plan line that caused them: an organizer without an email,
    /// a milestone or round outside years 1…9999, a time zone the zone data lacks.
    public let findings: [Finding]

    /// A set from its parts.
    public init(feeds: [Feed], findings: [Finding]) {
        self.feeds = feeds
        self.findings = findings
    }
}
