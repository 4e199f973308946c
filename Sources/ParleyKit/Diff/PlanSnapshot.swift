import CivilTime

/// One side of a `parley diff`: a loaded plan checked, its rounds listed (recorded, whatever their
/// date, and implied in the check's window) with the findings on each, and its feeds as
/// `parley ics --by` would write them (one per series, country or person, and `all.ics`, with
/// no earlier feeds), built
/// from the plan with its series ordered by id and their rounds by number, so that reordering
/// lines or moving a series to another file changes no feed.
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

    /// `loaded` checked with `options`, its feeds grouped by `feeds` as `parley ics --by` groups them.
    public init(_ loaded: LoadedPlan, options: CheckOptions, feeds grouping: FeedGrouping = .series) {
        let result = Checker.check(loaded, options: options)
        self.loaded = loaded
        findings = result.findings
        subjects = FindingSubjects(plan: loaded.plan)
        listing = RoundListing(
            plan: loaded.plan, expansion: result.expansion, findings: result.findings,
            window: DateWindow(from: .minimum, through: .maximum))
        let set = FeedExporter.feeds(of: Self.canonical(loaded.plan), by: grouping)
        feeds = Dictionary(set.feeds.map { ($0.fileName, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// `plan` with its series ordered by id and each series' rounds by number.
    private static func canonical(_ plan: Plan) -> Plan {
        let series = plan.series.sorted { $0.id < $1.id }.map { series in
            series.replacingRounds(series.rounds.sorted { ($0.number, $0.start.date) < ($1.number, $1.start.date) })
        }
        return Plan(
            files: plan.files, countries: plan.countries, venues: plan.venues, people: plan.people, series: series,
            blackouts: plan.blackouts)
    }
}
