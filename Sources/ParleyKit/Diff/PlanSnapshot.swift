import CivilTime

/// One side of a `parley diff`: a loaded plan checked, its rounds listed (recorded, whatever their
/// date, and implied in the check's window) with the findings on each, and its feeds as
/// `parley ics` would write them (one per series and `all.ics`, with no earlier feeds).
public struct PlanSnapshot: Sendable {
    /// The plan as loaded.
    public let loaded: LoadedPlan
    /// Every finding of the check, in report order.
    public let findings: [Finding]
    /// What each finding is about.
    public let subjects: FindingSubjects
    /// Every recorded round and every implied one in the window.
    public let listing: RoundListing
    /// The feeds' bytes, by file name.
    public let feeds: [String: [UInt8]]

    /// `loaded` checked with `options`.
    public init(_ loaded: LoadedPlan, options: CheckOptions) {
        let result = Checker.check(loaded, options: options)
        self.loaded = loaded
        findings = result.findings
        subjects = FindingSubjects(plan: loaded.plan)
        listing = RoundListing(
            plan: loaded.plan, expansion: result.expansion, findings: result.findings,
            window: DateWindow(from: .minimum, through: .maximum))
        let set = FeedExporter.feeds(of: loaded.plan, by: .series)
        feeds = Dictionary(set.feeds.map { ($0.fileName, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }
}
