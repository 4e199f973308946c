/// The check report as JSON (schema version 1, keys sorted):
///
/// ```json
/// {
///   "findings": [
///     {
///       "code": "gap",
///       "location": {"column": 3, "file": "Plans/a.parley", "line": 9},
///       "message": "…",
///       "notes": [{"location": {…}, "message": "round 1 is here"}],
///       "severity": "error",
///       "suggestion": {"date": "2026-07-10", "message": "move round 2 to 2026-07-10 or later"}
///     }
///   ],
///   "schemaVersion": 1,
///   "summary": {"errors": 1, "notes": 0, "warnings": 0}
/// }
/// ```
/// `suggestion` is `null` when there is none, and its `date` is `null` when it names no date.
public enum JSONReporter {
    /// The version of this document's shape; it grows only by adding keys.
    public static let schemaVersion = 1

    /// The report, ending with a newline.
    public static func report(_ findings: [Finding]) -> String {
        var writer = JSONWriter()
        write(findings, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// One finding as the report writes it (`parley rounds` and `parley diff` write the same).
    public static func json(_ finding: Finding) -> JSONValue {
        .object([
            "code": .string(finding.code.rawValue),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
            "location": .location(finding.location),
            "notes": .array(finding.notes.map { .object(["message": .string($0.message), "location": .location($0.location)]) }),
            "suggestion": finding.suggestion.map { suggestion in
                .object(["message": .string(suggestion.message), "date": .optional(suggestion.date.map { "\($0)" })])
            } ?? .null,
        ])
    }

    /// Writes the report to `writer` one finding at a time; ends with ``JSONWriter/finish()``.
    public static func write(_ findings: [Finding], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("findings")
        writer.beginArray()
        for finding in findings { writer.value(json(finding)) }
        writer.endArray()
        writer.key("schemaVersion")
        writer.int(schemaVersion)
        writer.key("summary")
        writer.value(
            .object([
                "errors": .int(findings.count { $0.severity == .error }),
                "warnings": .int(findings.count { $0.severity == .warning }),
                "notes": .int(findings.count { $0.severity == .note }),
            ]))
        writer.endObject()
        writer.finish()
    }
}
