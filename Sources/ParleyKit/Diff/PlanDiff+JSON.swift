extension PlanDiff {
    /// The version of the `parley diff --format json` document's shape; it grows only by adding keys.
    public static let schemaVersion = 1

    /// Writes the difference as JSON (``schemaVersion``; `Tests/Fixtures/Schemas/plan-diff.schema.json`):
    /// `series` (`added`, `removed`), `rounds` and `impliedRounds` (each with `series`, `number`,
    /// `changes`, `before`, `after`), `findings` (`new`, `resolved`, `unchanged`, as `check`
    /// writes them), `feeds` (`file`, `change`), `summary`; ends with ``JSONWriter/finish()``.
    public func writeJSON(to writer: inout JSONWriter) {
        func changes(_ name: String, _ list: [RoundChange]) {
            writer.array(name, list) { change, writer in
                writer.beginObject()
                writer.key("after")
                if let new = change.new { RoundListing.writeJSON(new, findings: false, to: &writer) } else { writer.null() }
                writer.key("before")
                if let old = change.old { RoundListing.writeJSON(old, findings: false, to: &writer) } else { writer.null() }
                writer.member("changes", strings: change.kinds.map(\.rawValue))
                writer.member("number", change.number)
                writer.member("series", change.seriesID)
                writer.endObject()
            }
        }
        func findings(_ name: String, _ list: [Finding]) {
            writer.array(name, list) { finding, writer in JSONReporter.write(finding, to: &writer) }
        }
        writer.beginObject()
        writer.array("feeds", feeds) { feed, writer in
            writer.beginObject()
            writer.member("change", feed.change.rawValue)
            writer.member("file", feed.name)
            writer.endObject()
        }
        writer.key("findings")
        writer.beginObject()
        findings("new", newFindings)
        findings("resolved", resolvedFindings)
        findings("unchanged", unchangedFindings)
        writer.endObject()
        changes("impliedRounds", impliedRounds)
        changes("rounds", rounds)
        writer.member("schemaVersion", Self.schemaVersion)
        writer.key("series")
        writer.beginObject()
        writer.member("added", strings: seriesAdded)
        writer.member("removed", strings: seriesRemoved)
        writer.endObject()
        writer.key("summary")
        writer.beginObject()
        writer.member("newErrors", newFindings.count { $0.severity == .error })
        writer.member("newWarnings", newFindings.count { $0.severity == .warning })
        writer.member("resolved", resolvedFindings.count)
        writer.member("text", summary)
        writer.member("unchanged", unchangedFindings.count)
        writer.endObject()
        writer.endObject()
        writer.finish()
    }
}
