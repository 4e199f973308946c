extension RoundListing {
    /// The listing for a person: one line per round (days, series, number, status, place,
    /// people), the findings and what falls due under it, then the findings about whole series,
    /// then a summary line.
    ///
    /// ```
    /// 2026-03-10..2026-03-11  id-jp-dialogue  round 3  planned  tokyo (Tokyo, JP)  people: id-desk, jp-desk
    ///   error [cadence] round 3 of id-jp-dialogue on 2026-03-10 is late: …
    /// 2027-03-10              id-jp-dialogue  round 4  implied  jakarta (Jakarta, ID)  people: id-desk, jp-desk
    /// 2 rounds (1 implied) from 2025-12-02 to 2029-12-02: 1 error, 0 warnings
    /// ```
    public var text: String {
        let daysWidth = entries.map(\.daysText.count).max() ?? 0
        let seriesWidth = entries.map(\.series.id.count).max() ?? 0
        let numberWidth = entries.map { "round \($0.number)".count }.max() ?? 0
        let statusWidth = entries.map(\.statusText.count).max() ?? 0
        func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines: [String] = []
        for entry in entries {
            var columns = [
                padded(entry.daysText, daysWidth), padded(entry.series.id, seriesWidth), padded("round \(entry.number)", numberWidth),
                padded(entry.statusText, statusWidth),
            ]
            if let hours = entry.hoursText { columns.append("\(hours) \(entry.time?.zone ?? "")") }
            columns.append(entry.placeText ?? "host not decided")
            if !entry.people.isEmpty { columns.append("people: " + entry.people.joined(separator: ", ")) }
            if let chair = entry.chair { columns.append("chair: \(chair)") }
            lines.append(columns.joined(separator: "  "))
            if !entry.covers.isEmpty { lines.append("  covers: " + entry.covers.joined(separator: ", ")) }
            for finding in entry.findings { lines.append("  \(finding.severity.rawValue) [\(finding.code.rawValue)] \(finding.message)") }
            for obligation in entry.due { lines.append("  due: \(obligation)") }
        }
        for (series, findings) in series where !findings.isEmpty {
            for finding in findings {
                lines.append("\(series.id): \(finding.severity.rawValue) [\(finding.code.rawValue)] \(finding.message)")
            }
        }
        lines.append(summary)
        return lines.map { $0 + "\n" }.joined()
    }

    /// `12 rounds (3 implied) from 2025-12-02 to 2029-12-02: 2 errors, 1 warning`.
    public var summary: String {
        let implied = entries.count(where: \.isImplied)
        let all = entries.flatMap(\.findings) + series.flatMap(\.findings)
        let errors = all.count { $0.severity == .error }
        let warnings = all.count { $0.severity == .warning }
        return Plural.count(entries.count, "round") + " (\(implied) implied) from \(window.from) to \(window.through): "
            + Plural.count(errors, "error") + ", " + Plural.count(warnings, "warning")
    }
}
