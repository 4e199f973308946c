import Basics
import Foundation
import TestSupport
import Testing

@testable import ParleyKit

/// The SARIF log and the GitHub commands written in pieces, as `parley check` streams them,
/// against the whole documents the reporters built before they streamed (written out here as
/// the reference): the same bytes, on a large report cut at many places.
@Suite struct StreamedReportTests {
    /// 20,000 findings: the golden report's, again and again on other lines.
    static func manyFindings() -> [Finding] {
        let (findings, _) = ReporterTests.findings()
        return (0..<5_000).flatMap { round in
            findings.map { finding in
                let location = SourceLocation(
                    file: finding.location.file, line: finding.location.line + round, column: finding.location.column, offset: 0)
                return Finding(
                    finding.severity, code: finding.code, message: "\(finding.message) #\(round)", at: location, notes: finding.notes,
                    suggestion: finding.suggestion)
            }
        }
    }

    @Test func sarifStreamedIsTheWholeDocument() {
        let findings = Self.manyFindings()
        var chunks: [[UInt8]] = []
        var writer = JSONWriter(flushingEvery: 4_099) { chunks.append($0) }
        SARIFReporter.write(findings, to: &writer)
        #expect(chunks.count > 100)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == Self.wholeSARIF(findings))
    }

    @Test func githubStreamedIsTheWholeText() {
        let findings = Self.manyFindings()
        var chunks: [[UInt8]] = []
        GitHubReporter.write(findings) { chunks.append($0) }
        #expect(chunks.count > 1)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == Self.wholeGitHub(findings))
    }

    /// The SARIF log as one value rendered at once (the reporter before it streamed).
    static func wholeSARIF(_ findings: [Finding], rules: [any PlanRule] = RuleCatalog.all) -> String {
        let ruleIndex = Dictionary(
            rules.enumerated().map { ($0.element.code.rawValue, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let descriptors = rules.map { rule -> JSONValue in
            .object([
                "id": .string(rule.code.rawValue), "name": .string(rule.code.rawValue),
                "shortDescription": .object(["text": .string(rule.summary)]),
                "fullDescription": .object(["text": .string(rule.explanation)]),
                "defaultConfiguration": .object(["level": .string("error")]),
            ])
        }
        let results = findings.map { finding -> JSONValue in
            var result: [String: JSONValue] = [
                "ruleId": .string(finding.code.rawValue), "level": .string(SARIFReporter.level(finding.severity)),
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
        let driver = JSONValue.object(["name": .string("parley"), "semanticVersion": .string(Parley.version), "rules": .array(descriptors)])
        let run = JSONValue.object([
            "tool": .object(["driver": driver]), "columnKind": .string("unicodeCodePoints"), "results": .array(results),
        ])
        return JSONValue.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"), "runs": .array([run]),
        ]).rendered + "\n"
    }

    /// The GitHub commands as one string (the reporter before it streamed).
    static func wholeGitHub(_ findings: [Finding]) -> String {
        var output = ""
        for finding in findings {
            let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
            var message = VisibleText.escapingLine(finding.message)
            for note in finding.notes { message += "\n" + VisibleText.escapingLine("\(note.location): note: \(note.message)") }
            if let suggestion = finding.suggestion { message += "\nsuggestion: " + VisibleText.escapingLine(suggestion.message) }
            let properties = [
                "file=" + ReportReferenceTests.escape(VisibleText.escapingLine(finding.location.file), property: true),
                "line=\(finding.location.line)",
                "col=\(finding.location.column)", "title=" + ReportReferenceTests.escape("parley [\(finding.code)]", property: true),
            ]
            output += "::\(command) \(properties.joined(separator: ","))::\(ReportReferenceTests.escape(message, property: false))\n"
        }
        return output
    }

    /// A SARIF `physicalLocation`: the path as a relative URI reference (`:` encoded too).
    static func physical(_ location: ParleyKit.SourceLocation) -> JSONValue {
        let encoded = location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file
        return .object([
            "artifactLocation": .object(["uri": .string(encoded.replacing(":", with: "%3A"))]),
            "region": .object(["startLine": .int(location.line), "startColumn": .int(location.column)]),
        ])
    }
}
