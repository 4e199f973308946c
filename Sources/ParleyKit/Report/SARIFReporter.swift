import Foundation

/// SARIF 2.1.0 (OASIS, <https://docs.oasis-open.org/sarif/sarif/v2.1.0/>): one run whose
/// `tool.driver.rules` lists every rule (§3.19.23), results with `ruleId` and `ruleIndex`,
/// 1-based regions (§3.30.5) counted in Unicode code points (`columnKind`, §3.14.17),
/// notes as `relatedLocations` and the suggestion in `properties.suggestion`.
public enum SARIFReporter {
    /// The SARIF log, ending with a newline.
    public static func report(_ findings: [Finding], rules: [any PlanRule] = RuleCatalog.all) -> String {
        var writer = JSONWriter()
        write(findings, rules: rules, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The SARIF log written result by result into `writer`, ending with its newline
    /// (``JSONWriter/finish()``), so a log of a hundred thousand findings never exists whole.
    public static func write(_ findings: [Finding], rules: [any PlanRule] = RuleCatalog.all, to writer: inout JSONWriter) {
        let ruleIndex = Dictionary(rules.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let descriptors = rules.map { rule -> JSONValue in
            .object([
                "id": .string(rule.code.rawValue),
                "name": .string(rule.code.rawValue),
                "shortDescription": .object(["text": .string(rule.summary)]),
                "fullDescription": .object(["text": .string(rule.explanation)]),
                "defaultConfiguration": .object(["level": .string("error")]),
            ])
        }
        // Keys in sorted order, as JSONWriter writes a whole value.
        writer.beginObject()
        writer.key("$schema")
        writer.string("https://json.schemastore.org/sarif-2.1.0.json")
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()
        writer.key("columnKind")
        writer.string("unicodeCodePoints")
        writer.key("results")
        writer.beginArray()
        var uris = URIs()
        for finding in findings { write(finding, ruleIndex: ruleIndex, uris: &uris, to: &writer) }
        writer.endArray()
        writer.key("tool")
        writer.value(
            .object([
                "driver": .object([
                    "name": .string("parley"),
                    "semanticVersion": .string(Parley.version),
                    "rules": .array(descriptors),
                ])
            ]))
        writer.endObject()
        writer.endArray()
        writer.key("version")
        writer.string("2.1.0")
        writer.endObject()
        writer.finish()
    }

    /// Writes one finding as a SARIF result, member by member in sorted key order.
    private static func write(_ finding: Finding, ruleIndex: [FindingCode: Int], uris: inout URIs, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("level", level(finding.severity))
        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        writer.key("physicalLocation")
        physical(finding.location, uris: &uris, to: &writer)
        writer.endObject()
        writer.endArray()
        writer.key("message")
        text(finding.message, to: &writer)
        if let suggestion = finding.suggestion {
            writer.key("properties")
            writer.beginObject()
            if let date = suggestion.date { writer.member("suggestedDate", date: date) }
            writer.member("suggestion", suggestion.message)
            writer.endObject()
        }
        let notes = finding.notes
        if !notes.isEmpty {
            writer.key("relatedLocations")
            writer.beginArray()
            for (index, note) in notes.enumerated() {
                writer.beginObject()
                writer.member("id", index)
                writer.key("message")
                text(note.message, to: &writer)
                writer.key("physicalLocation")
                physical(note.location, uris: &uris, to: &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.member("ruleId", finding.code.rawValue)
        if let index = ruleIndex[finding.code] { writer.member("ruleIndex", index) }
        writer.endObject()
    }

    /// `{"text": …}`, a SARIF message (§3.11).
    private static func text(_ message: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("text", message)
        writer.endObject()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// `{"artifactLocation": {"uri": …}, "region": {"startColumn": …, "startLine": …}}`.
    private static func physical(_ location: SourceLocation, uris: inout URIs, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("artifactLocation")
        writer.beginObject()
        writer.key("uri")
        writer.repeatedString(uris.uri(of: location.file))
        writer.endObject()
        writer.key("region")
        writer.beginObject()
        writer.member("startColumn", location.column)
        writer.member("startLine", location.line)
        writer.endObject()
        writer.endObject()
    }

    /// Each file's path as a relative URI reference, worked out once per file.
    private struct URIs {
        private var known: [String: String] = [:]

        /// `file` percent-encoded, `:` too, so no path reads as a scheme.
        mutating func uri(of file: String) -> String {
            if let uri = known[file] { return uri }
            let encoded = file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
            let uri = encoded.replacing(":", with: "%3A")
            known[file] = uri
            return uri
        }
    }
}
