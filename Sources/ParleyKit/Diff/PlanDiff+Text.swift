extension PlanDiff {
    /// One line saying what the change does: `2 rounds change in 1 series (1 moved, 1 added);
    /// 1 implied round changes; findings: 1 new error, 2 resolved, 5 unchanged; 2 feeds change`,
    /// or `no change to rounds, findings or feeds`.
    public var summary: String {
        guard !isEmpty else { return "no change to rounds, findings or feeds" }
        var parts: [String] = []
        if !seriesAdded.isEmpty { parts.append(Plural.count(seriesAdded.count, "series", "series") + " added") }
        if !seriesRemoved.isEmpty { parts.append(Plural.count(seriesRemoved.count, "series", "series") + " removed") }
        if !rounds.isEmpty {
            let series = Set(rounds.map(\.seriesID)).count
            let kinds = RoundChange.Kind.allCases.compactMap { kind -> String? in
                let count = rounds.count { $0.kinds.contains(kind) }
                return count == 0 ? nil : "\(count) \(Self.word(kind))"
            }
            parts.append(
                "\(Plural.count(rounds.count, "round")) \(rounds.count == 1 ? "changes" : "change") in "
                    + "\(Plural.count(series, "series", "series")) (\(kinds.joined(separator: ", ")))")
        }
        if !impliedRounds.isEmpty {
            parts.append("\(Plural.count(impliedRounds.count, "implied round")) \(impliedRounds.count == 1 ? "changes" : "change")")
        }
        let errors = newFindings.count { $0.severity == .error }
        let warnings = newFindings.count { $0.severity == .warning }
        parts.append(
            "findings: \(Plural.count(errors, "new error")), \(Plural.count(warnings, "new warning")), "
                + "\(resolvedFindings.count) resolved, \(unchangedFindings.count) unchanged")
        if !feeds.isEmpty { parts.append("\(Plural.count(feeds.count, "feed")) \(feeds.count == 1 ? "changes" : "change")") }
        return parts.joined(separator: "; ")
    }

    /// The difference for a terminal: the summary, then each section that has something.
    ///
    /// ```
    /// 1 round changes in 1 series (1 moved); findings: 1 new error, 0 new warnings, 0 resolved, 2 unchanged; 2 feeds change
    /// id-jp-dialogue round 3: moved 2026-03-10 → 2026-04-14
    /// new error [holiday] round 3 of id-jp-dialogue on 2026-04-14 falls on …
    /// feed id-jp-dialogue.ics changed
    /// ```
    public var text: String {
        var lines = [summary]
        for id in seriesAdded { lines.append("series \(id) added") }
        for id in seriesRemoved { lines.append("series \(id) removed") }
        for change in rounds { lines.append("\(change.seriesID) round \(change.number): \(change.description)") }
        for change in impliedRounds { lines.append("\(change.seriesID) implied round \(change.number): \(change.description)") }
        for finding in newFindings { lines.append("new \(Self.line(finding))") }
        for finding in resolvedFindings { lines.append("resolved \(Self.line(finding))") }
        for feed in feeds { lines.append("feed \(feed.name) \(feed.change.rawValue)") }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `error [cadence] message`.
    static func line(_ finding: Finding) -> String {
        "\(finding.severity.rawValue) [\(finding.code.rawValue)] \(finding.message)"
    }

    /// The word a change kind is counted with in the summary.
    static func word(_ kind: RoundChange.Kind) -> String {
        switch kind {
        case .added, .removed, .moved: kind.rawValue
        case .host: "re-hosted"
        case .status: "with a new status"
        case .notes: "with new notes"
        }
    }
}
