/// What a change to a plan does, for a reviewer: the series added and removed, the rounds
/// added, removed, moved, re-hosted, re-statused or re-noted, the implied rounds that change
/// because of it, the findings it introduces and resolves, and the feeds whose bytes change.
///
/// Rounds are matched by series id and number, findings by code, severity, subject (series and
/// round, ``FindingSubjects``) and message, never by file or line: renaming a file, moving a
/// series to another file or reordering lines changes nothing, and an edit above a finding does
/// not make it new.
///
/// ```swift
/// let diff = PlanDiff(old: PlanSnapshot(oldPlan, options: options), new: PlanSnapshot(newPlan, options: options))
/// let failed = diff.introducesErrors(strict: false)
/// ```
public struct PlanDiff: Sendable {
    /// How a feed changes.
    public enum FeedChange: String, Hashable, Sendable {
        /// The new plan writes a feed the old one did not.
        case added
        /// The old plan wrote a feed the new one does not.
        case removed
        /// Both write it, with other bytes.
        case changed
    }

    /// The ids of the series only in the new plan, sorted.
    public let seriesAdded: [String]
    /// The ids of the series only in the old plan, sorted.
    public let seriesRemoved: [String]
    /// The recorded rounds that changed, by series id and number.
    public let rounds: [RoundChange]
    /// The implied rounds that changed, by series id and number (not those of added or removed series).
    public let impliedRounds: [RoundChange]
    /// Findings of the new plan the old one did not have, in report order.
    public let newFindings: [Finding]
    /// Findings of the old plan the new one no longer has, in report order.
    public let resolvedFindings: [Finding]
    /// Findings of the new plan the old one had too, in report order.
    public let unchangedFindings: [Finding]
    /// The feeds whose bytes change, by file name.
    public let feeds: [(name: String, change: FeedChange)]

    /// The difference from `old` to `new`.
    public init(old: PlanSnapshot, new: PlanSnapshot) {
        let oldSeries = Set(old.loaded.plan.series.map(\.id))
        let newSeries = Set(new.loaded.plan.series.map(\.id))
        seriesAdded = newSeries.subtracting(oldSeries).sorted()
        seriesRemoved = oldSeries.subtracting(newSeries).sorted()
        let bothSeries = oldSeries.intersection(newSeries)
        rounds = Self.changes(old.listing.entries.filter { !$0.isImplied }, new.listing.entries.filter { !$0.isImplied })
        impliedRounds = Self.changes(
            old.listing.entries.filter { $0.isImplied && bothSeries.contains($0.series.id) },
            new.listing.entries.filter { $0.isImplied && bothSeries.contains($0.series.id) })
        var oldCounts: [FindingKey: Int] = [:]
        for finding in old.findings { oldCounts[FindingKey(finding, old.subjects), default: 0] += 1 }
        var newFindings: [Finding] = []
        var unchangedFindings: [Finding] = []
        for finding in new.findings {
            let key = FindingKey(finding, new.subjects)
            if let count = oldCounts[key], count > 0 {
                oldCounts[key] = count - 1
                unchangedFindings.append(finding)
            } else {
                newFindings.append(finding)
            }
        }
        var resolvedFindings: [Finding] = []
        for finding in old.findings {
            let key = FindingKey(finding, old.subjects)
            guard let count = oldCounts[key], count > 0 else { continue }
            oldCounts[key] = count - 1
            resolvedFindings.append(finding)
        }
        self.newFindings = newFindings
        self.unchangedFindings = unchangedFindings
        self.resolvedFindings = resolvedFindings
        var feeds: [(name: String, change: FeedChange)] = []
        for name in Set(old.feeds.keys).union(new.feeds.keys).sorted() {
            switch (old.feeds[name], new.feeds[name]) {
            case (nil, _?): feeds.append((name, .added))
            case (_?, nil): feeds.append((name, .removed))
            case (let before?, let after?) where before != after: feeds.append((name, .changed))
            default: break
            }
        }
        self.feeds = feeds
    }

    /// Whether the change brings new errors (and, when `strict`, new warnings).
    public func introducesErrors(strict: Bool) -> Bool {
        newFindings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Whether nothing a reviewer would see changes.
    public var isEmpty: Bool {
        seriesAdded.isEmpty && seriesRemoved.isEmpty && rounds.isEmpty && impliedRounds.isEmpty && newFindings.isEmpty
            && resolvedFindings.isEmpty && feeds.isEmpty
    }

    /// The rounds that differ between `old` and `new`, matched by series id and number.
    private static func changes(_ old: [RoundEntry], _ new: [RoundEntry]) -> [RoundChange] {
        struct Key: Hashable, Comparable {
            let series: String
            let number: Int
            static func < (lhs: Key, rhs: Key) -> Bool { (lhs.series, lhs.number) < (rhs.series, rhs.number) }
        }
        let before = Dictionary(old.map { (Key(series: $0.series.id, number: $0.number), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { (Key(series: $0.series.id, number: $0.number), $0) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).sorted().compactMap { RoundChange(old: before[$0], new: after[$0]) }
    }
}

/// A finding's identity across two versions of a plan: what it says and what it is about, not
/// where the file put it.
private struct FindingKey: Hashable {
    let code: FindingCode
    let severity: Severity
    let subject: FindingSubjects.Subject?
    let message: String

    init(_ finding: Finding, _ subjects: FindingSubjects) {
        code = finding.code
        severity = finding.severity
        subject = subjects.subject(of: finding)
        message = finding.message
    }
}
