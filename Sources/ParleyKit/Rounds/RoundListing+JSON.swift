extension RoundListing {
    /// The version of the `parley rounds --format json` document's shape; it grows only by adding keys.
    public static let schemaVersion = 1

    /// Writes the listing as JSON (``schemaVersion``): `rounds` (each with its findings and what
    /// falls due), `series` (with the findings about a whole series), `summary` and `window`;
    /// one round at a time; ends with ``JSONWriter/finish()``.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("rounds")
        writer.beginArray()
        for entry in entries { writer.value(Self.json(entry, findings: true)) }
        writer.endArray()
        writer.key("schemaVersion")
        writer.int(Self.schemaVersion)
        writer.key("series")
        writer.beginArray()
        for (series, findings) in series {
            writer.value(
                .object([
                    "id": .string(series.id), "title": .string(series.title), "kind": .string(series.kind.rawValue),
                    "findings": .array(findings.map(JSONReporter.json)),
                ]))
        }
        writer.endArray()
        let all = entries.flatMap(\.findings) + series.flatMap(\.findings)
        writer.key("summary")
        writer.value(
            .object([
                "rounds": .int(entries.count), "implied": .int(entries.count(where: \.isImplied)),
                "errors": .int(all.count { $0.severity == .error }), "warnings": .int(all.count { $0.severity == .warning }),
            ]))
        writer.key("window")
        writer.value(.object(["from": .string("\(window.from)"), "through": .string("\(window.through)")]))
        writer.endObject()
        writer.finish()
    }

    /// One round as JSON; with `findings`, also its findings and what falls due.
    static func json(_ entry: RoundEntry, findings: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "series": .string(entry.series.id), "number": .int(entry.number), "status": .string(entry.status.rawValue),
            "implied": .bool(entry.isImplied), "firstDay": .string("\(entry.firstDay)"), "lastDay": .string("\(entry.lastDay)"),
            "hours": .optional(entry.hoursText), "zone": .optional(entry.time?.zone), "host": .optional(entry.host),
            "venue": .optional(entry.venue?.id), "city": .optional(entry.venue?.city), "virtual": .bool(entry.isVirtual),
            "people": .array(entry.people.map(JSONValue.string)), "notes": .array(entry.notes.map(JSONValue.string)),
            "movedFrom": .array(entry.movedFrom.map { .string("\($0)") }), "location": .location(entry.location),
            "covers": .array(entry.covers.map(JSONValue.string)), "chair": .optional(entry.chair),
        ]
        if findings {
            object["findings"] = .array(entry.findings.map(JSONReporter.json))
            object["due"] = .array(entry.due.map(JSONValue.string))
        }
        return .object(object)
    }
}
