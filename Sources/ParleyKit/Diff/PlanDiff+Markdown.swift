extension PlanDiff {
    /// Lists longer than this are folded into a `<details>` block in ``markdown``.
    static let foldAfter = 10

    /// The difference as a pull-request comment (GitHub-flavoured Markdown): a heading with the
    /// summary, then a table per section; long tables are folded (`<details>`), which reads as
    /// plain text where it is not rendered. Cells are escaped so no plan text can break a table.
    public var markdown: String {
        var out = "### Parley: plan change\n\n" + summary + "\n"
        func section(_ title: String, header: [String], rows: [[String]], fold: Bool) {
            guard !rows.isEmpty else { return }
            var table = "| " + header.joined(separator: " | ") + " |\n"
            table += "|" + String(repeating: "---|", count: header.count) + "\n"
            for row in rows { table += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
            if fold || rows.count > Self.foldAfter {
                out += "\n<details><summary>\(title) (\(rows.count))</summary>\n\n" + table + "\n</details>\n"
            } else {
                out += "\n#### \(title)\n\n" + table
            }
        }
        let series = seriesAdded.map { [$0, "added"] } + seriesRemoved.map { [$0, "removed"] }
        section("Series", header: ["series", "change"], rows: series, fold: false)
        func rows(_ changes: [RoundChange]) -> [[String]] {
            changes.map { change in
                [
                    change.seriesID, String(change.number), change.kinds.map(\.rawValue).joined(separator: ", "),
                    change.old.map(Self.brief) ?? "—", change.new.map(Self.brief) ?? "—",
                ]
            }
        }
        section("Rounds", header: ["series", "round", "change", "before", "after"], rows: rows(rounds), fold: false)
        section("Implied rounds", header: ["series", "round", "change", "before", "after"], rows: rows(impliedRounds), fold: false)
        func findingRows(_ findings: [Finding]) -> [[String]] {
            findings.map { [$0.severity.rawValue, $0.code.rawValue, "\($0.location)", $0.message] }
        }
        let header = ["severity", "code", "where", "finding"]
        section("New findings", header: header, rows: findingRows(newFindings), fold: false)
        section("Resolved findings", header: header, rows: findingRows(resolvedFindings), fold: false)
        section("Unchanged findings", header: header, rows: findingRows(unchangedFindings), fold: true)
        section("Feeds", header: ["feed", "change"], rows: feeds.map { [$0.name, $0.change.rawValue] }, fold: false)
        return out
    }

    /// A round in a table cell: `2026-03-10 planned, tokyo (Tokyo, JP)`.
    static func brief(_ entry: RoundEntry) -> String {
        "\(entry.daysText)\(entry.hoursText.map { " " + $0 } ?? "") \(entry.statusText), \(entry.placeText ?? "host undecided")"
    }

    /// `text` safe inside a table cell: `|` and Markdown's active characters escaped, line
    /// breaks as spaces, `<` and `>` as entities (no HTML from a plan reaches the page).
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "`", "*", "_", "[", "]", "#": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
