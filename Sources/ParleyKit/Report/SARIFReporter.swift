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
        let ruleIndex = Dictionary(
            rules.enumerated().map { ($0.element.code.rawValue, $0.offset) }, uniquingKeysWith: { first, _ in first })
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
        for finding in findings { writer.value(result(finding, ruleIndex: ruleIndex)) }
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

    /// One finding as a SARIF result.
    private static func result(_ finding: Finding, ruleIndex: [String: Int]) -> JSONValue {
        var result: [String: JSONValue] = [
            "ruleId": .string(finding.code.rawValue),
            "level": .string(level(finding.severity)),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([.object(["physicalLocation": physical(finding.location)])]),
        ]
        if let index = ruleIndex[finding.code.rawValue] { result["ruleIndex"] = .int(index) }
        if !finding.notes.isEmpty {
            result["relatedLocations"] = .array(
                finding.notes.enumerated().map { index, note in
                    .object([
                        "id": .int(index), "message": .object(["text": .string(note.message)]),
                        "physicalLocation": physical(note.location),
                    ])
                })
        }
        if let suggestion = finding.suggestion {
            var properties: [String: JSONValue] = ["suggestion": .string(suggestion.message)]
            if let date = suggestion.date { properties["suggestedDate"] = .string("\(date)") }
            result["properties"] = .object(properties)
        }
        return .object(result)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func physical(_ location: SourceLocation) -> JSONValue {
        // Percent-encoded as a relative URI reference; `:` too, so no path reads as a scheme.
        let encoded = location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file
        let uri = encoded.replacing(":", with: "%3A")
        return .object([
            "artifactLocation": .object(["uri": .string(uri)]),
            "region": .object(["startLine": .int(location.line), "startColumn": .int(location.column)]),
        ])
    }
}
