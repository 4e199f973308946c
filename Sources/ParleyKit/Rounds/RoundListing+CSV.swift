extension RoundListing {
    /// The header of the CSV table: one column per fact of a round; with `findings`, also what
    /// falls due and the findings (`parley rounds`; `parley export` has no findings).
    public static func csvHeader(findings: Bool) -> [String] {
        let facts = [
            "series", "title", "round", "status", "implied", "first_day", "last_day", "hours", "zone", "host", "venue", "city",
            "online", "people", "notes", "moved_from", "covers", "chair",
        ]
        let checks = findings ? ["due", "errors", "warnings", "findings"] : []
        return facts + checks + ["file", "line"]
    }

    /// Writes one row per round to `writer` (made with ``csvHeader(findings:)`` and the same
    /// `findings`). Lists inside a cell are separated by `; `, findings by line breaks.
    public func writeCSV(to writer: inout CSVWriter, findings: Bool) {
        for entry in entries {
            var row = [
                entry.series.id, entry.series.title, String(entry.number), entry.status.rawValue, entry.isImplied ? "yes" : "no",
                "\(entry.firstDay)", "\(entry.lastDay)", entry.hoursText ?? "", entry.time?.zone ?? "", entry.host ?? "",
                entry.venue?.id ?? "", entry.venue?.city ?? "", entry.isVirtual ? "yes" : "no", entry.people.joined(separator: "; "),
                entry.notes.joined(separator: "; "), entry.movedFrom.map { "\($0)" }.joined(separator: "; "),
                entry.covers.joined(separator: "; "), entry.chair ?? "",
            ]
            if findings {
                row += [
                    entry.due.joined(separator: "; "), String(entry.findings.count { $0.severity == .error }),
                    String(entry.findings.count { $0.severity == .warning }),
                    entry.findings.map { "\($0.severity.rawValue) [\($0.code.rawValue)] \($0.message)" }.joined(separator: "\n"),
                ]
            }
            row += [entry.location.file, String(entry.location.line)]
            writer.row(row)
        }
    }
}
