extension PlanDiff {
    /// The version of the `parley diff --format json` document's shape; it grows only by adding keys.
    public static let schemaVersion = 1

    /// Writes the difference as JSON (``schemaVersion``; `Tests/Fixtures/Schemas/plan-diff.schema.json`):
    /// `series` (`added`, `removed`), `rounds` and `impliedRounds` (each with `series`, `number`,
    /// `changes`, `before`, `after`), `findings` (`new`, `resolved`, `unchanged`, as `check`
    /// writes them), `feeds` (`file`, `change`), `summary`; ends with ``JSONWriter/finish()``.
    public func writeJSON(to writer: inout JSONWriter) {
        func changes(_ list: [RoundChange]) -> JSONValue {
            .array(
                list.map { change in
                    .object([
                        "series": .string(change.seriesID), "number": .int(change.number),
                        "changes": .array(change.kinds.map { .string($0.rawValue) }),
                        "before": change.old.map { RoundListing.json($0, findings: false) } ?? .null,
                        "after": change.new.map { RoundListing.json($0, findings: false) } ?? .null,
                    ])
                })
        }
        writer.beginObject()
        writer.key("feeds")
        writer.value(.array(feeds.map { .object(["file": .string($0.name), "change": .string($0.change.rawValue)]) }))
        writer.key("findings")
        writer.value(
            .object([
                "new": .array(newFindings.map(JSONReporter.json)), "resolved": .array(resolvedFindings.map(JSONReporter.json)),
                "unchanged": .array(unchangedFindings.map(JSONReporter.json)),
            ]))
        writer.key("impliedRounds")
        writer.value(changes(impliedRounds))
        writer.key("rounds")
        writer.value(changes(rounds))
        writer.key("schemaVersion")
        writer.int(Self.schemaVersion)
        writer.key("series")
        writer.value(.object(["added": .array(seriesAdded.map(JSONValue.string)), "removed": .array(seriesRemoved.map(JSONValue.string))]))
        writer.key("summary")
        writer.value(
            .object([
                "text": .string(summary), "newErrors": .int(newFindings.count { $0.severity == .error }),
                "newWarnings": .int(newFindings.count { $0.severity == .warning }), "resolved": .int(resolvedFindings.count),
                "unchanged": .int(unchangedFindings.count),
            ]))
        writer.endObject()
        writer.finish()
    }
}
