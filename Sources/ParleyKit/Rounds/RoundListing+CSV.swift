import Basics
import CivilTime

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
    ///
    /// The rows are written field by field straight into bytes, a batch of rows per core at a
    /// time (``Parallel/map(_:threads:_:)``), and leave in order as each batch is done.
    public func writeCSV(to writer: inout CSVWriter, findings: Bool) {
        let rowsPerStripe = 2_048
        let stripes = (entries.count + rowsPerStripe - 1) / rowsPerStripe
        let width = writer.width
        var done = 0
        while done < stripes {
            let batch = min(Parallel.cores, stripes - done)
            let first = done
            let written = Parallel.map(batch) { offset in
                var rows = CSVWriter(rowsOfWidth: width)
                let start = (first + offset) * rowsPerStripe
                for index in start..<min(start + rowsPerStripe, entries.count) {
                    Self.writeRow(entries[index], to: &rows, findings: findings)
                }
                return rows.bytes
            }
            for rows in written { writer.append(rows: rows) }
            done += batch
        }
    }

    /// Writes `entry`'s row.
    private static func writeRow(_ entry: RoundEntry, to writer: inout CSVWriter, findings: Bool) {
        let series = entry.reference.series
        writer.field(series.id)
        writer.field(series.title)
        writer.field(entry.number)
        writer.field(entry.status.rawValue)
        writer.field(entry.isImplied ? "yes" : "no")
        writer.field(entry.firstDay)
        writer.field(entry.lastDay)
        writer.field(entry.hoursText ?? "")
        writer.field(entry.time?.zone ?? "")
        writer.field(entry.host ?? "")
        writer.field(entry.venue?.id ?? "")
        writer.field(entry.venue?.city ?? "")
        writer.field(entry.isVirtual ? "yes" : "no")
        writer.field { joining(series.delegates.lazy.map(\.id), into: &$0) }
        writer.field { joining(entry.notes, into: &$0) }
        writer.field { cell in
            for (index, day) in entry.movedFrom.enumerated() {
                if index > 0 { cell.append(contentsOf: "; ".utf8) }
                ISO8601.append(day, to: &cell)
            }
        }
        writer.field { joining(entry.covers, into: &$0) }
        writer.field(entry.chair ?? "")
        if findings {
            writer.field { joining(entry.due, into: &$0) }
            writer.field(entry.findings.count { $0.severity == .error })
            writer.field(entry.findings.count { $0.severity == .warning })
            writer.field { cell in
                for (index, finding) in entry.findings.enumerated() {
                    if index > 0 { cell.append(UInt8(ascii: "\n")) }
                    cell.append(contentsOf: finding.severity.rawValue.utf8)
                    cell.append(contentsOf: " [".utf8)
                    cell.append(contentsOf: finding.code.rawValue.utf8)
                    cell.append(contentsOf: "] ".utf8)
                    cell.append(contentsOf: finding.message.utf8)
                }
            }
        }
        writer.field(entry.location.file)
        writer.field(entry.location.line)
        writer.endRow()
    }

    /// Appends `texts` separated by `; `.
    private static func joining(_ texts: some Sequence<String>, into cell: inout [UInt8]) {
        var first = true
        for text in texts {
            if !first { cell.append(contentsOf: "; ".utf8) }
            first = false
            cell.append(contentsOf: text.utf8)
        }
    }
}
