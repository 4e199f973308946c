import CivilTime

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

    /// Writes one finding as the report writes it (`parley rounds` and `parley diff` write the
    /// same), member by member, in sorted key order.
    public static func write(_ finding: Finding, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("code", finding.code.rawValue)
        writer.member("location", location: finding.location)
        writer.member("message", finding.message)
        writer.array("notes", finding.notes) { note, writer in
            writer.beginObject()
            writer.member("location", location: note.location)
            writer.member("message", note.message)
            writer.endObject()
        }
        writer.member("severity", finding.severity.rawValue)
        writer.key("suggestion")
        if let suggestion = finding.suggestion {
            writer.beginObject()
            writer.key("date")
            if let date = suggestion.date { writer.plainString { ISO8601.append(date, to: &$0) } } else { writer.null() }
            writer.member("message", suggestion.message)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    /// Writes the report to `writer` one finding at a time; ends with ``JSONWriter/finish()``.
    public static func write(_ findings: [Finding], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.array("findings", findings) { finding, writer in write(finding, to: &writer) }
        writer.key("schemaVersion")
        writer.int(schemaVersion)
        writer.key("summary")
        writer.beginObject()
        writer.member("errors", findings.count { $0.severity == .error })
        writer.member("notes", findings.count { $0.severity == .note })
        writer.member("warnings", findings.count { $0.severity == .warning })
        writer.endObject()
        writer.endObject()
        writer.finish()
    }
}
