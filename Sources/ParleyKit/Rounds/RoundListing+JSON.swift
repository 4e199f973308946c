import CivilTime

extension RoundListing {
    /// The version of the `parley rounds --format json` document's shape; it grows only by adding keys.
    public static let schemaVersion = 1

    /// Writes the listing as JSON (``schemaVersion``): `rounds` (each with its findings and what
    /// falls due), `series` (with the findings about a whole series), `summary` and `window`;
    /// one round at a time, member by member; ends with ``JSONWriter/finish()``.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.array("rounds", entries) { entry, writer in Self.writeJSON(entry, findings: true, to: &writer) }
        writer.member("schemaVersion", Self.schemaVersion)
        writer.array("series", series) { listed, writer in
            writer.beginObject()
            writer.array("findings", listed.findings) { finding, writer in JSONReporter.write(finding, to: &writer) }
            writer.member("id", listed.series.id)
            writer.member("kind", listed.series.kind.rawValue)
            writer.member("title", listed.series.title)
            writer.endObject()
        }
        let all = entries.flatMap(\.findings) + series.flatMap(\.findings)
        writer.key("summary")
        writer.beginObject()
        writer.member("errors", all.count { $0.severity == .error })
        writer.member("implied", entries.count(where: \.isImplied))
        writer.member("rounds", entries.count)
        writer.member("warnings", all.count { $0.severity == .warning })
        writer.endObject()
        writer.key("window")
        writer.beginObject()
        writer.member("from", date: window.from)
        writer.member("through", date: window.through)
        writer.endObject()
        writer.endObject()
        writer.finish()
    }

    /// Writes one round as a JSON object; with `findings`, also its findings and what falls due.
    static func writeJSON(_ entry: RoundEntry, findings: Bool, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("chair", optional: entry.chair)
        writer.member("city", optional: entry.venue?.city)
        writer.member("covers", strings: entry.covers)
        if findings {
            writer.member("due", strings: entry.due)
            writer.array("findings", entry.findings) { finding, writer in JSONReporter.write(finding, to: &writer) }
        }
        writer.member("firstDay", date: entry.firstDay)
        writer.member("host", optional: entry.host)
        writer.member("hours", optional: entry.hoursText)
        writer.member("implied", entry.isImplied)
        writer.member("lastDay", date: entry.lastDay)
        writer.member("location", location: entry.location)
        writer.array("movedFrom", entry.movedFrom) { day, writer in writer.plainString { ISO8601.append(day, to: &$0) } }
        writer.member("notes", strings: entry.notes)
        writer.member("number", entry.number)
        writer.member("people", strings: entry.people)
        writer.member("series", entry.reference.series.id)
        writer.member("status", entry.status.rawValue)
        writer.member("venue", optional: entry.venue?.id)
        writer.member("virtual", entry.isVirtual)
        writer.member("zone", optional: entry.time?.zone)
        writer.endObject()
    }
}
