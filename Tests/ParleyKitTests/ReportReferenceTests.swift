import CivilTime
import Foundation
import Testing

@testable import ParleyKit

/// The JSON, SARIF and GitHub reports, which write their bytes straight into the output,
/// against slow obvious references built here: Foundation's `JSONSerialization` reading the
/// documents back and comparing them with dictionaries made field by field, and the GitHub
/// commands made by string code that escapes scalar by scalar as actions/toolkit does. The
/// findings carry awkward text: quotes, backslashes, line breaks, tabs, control and bidi
/// characters, non-ASCII, `%`, `::` and commas, in messages, notes, suggestions and file names.
@Suite struct ReportReferenceTests {
    static func findings() -> [Finding] {
        let (checked, _) = ReporterTests.findings()
        let file = "plans/Zürich 100% a:b,c.parley"
        let other = "plans/other \"q\".parley"
        func at(_ path: String, _ line: Int, _ column: Int) -> ParleyKit.SourceLocation {
            ParleyKit.SourceLocation(file: path, line: line, column: column, offset: 0)
        }
        let made = [
            Finding(
                .error, code: .blackout, message: "say \"hi\" \\ back: 100% done, ::stop:: café 日本\nnext line\r\tend",
                at: at(file, 3, 5),
                notes: [
                    Finding.Note("the blackout \u{1B}[31mred\u{1B}[0m is here, 50%", at: at(other, 7, 1)),
                    Finding.Note("::warning::forged, \u{202E}reversed\u{2028}", at: at(file, 1, 1)),
                ],
                suggestion: Finding.Suggestion("move round 2 to 2026-06-01: \"best\", 100%", date: LocalDate(year: 2026, month: 6, day: 1))),
            Finding(
                .warning, code: .gap, message: "tab\there, DEL \u{7F}, C1 \u{85}, ALM \u{061C}", at: at(other, 12, 9),
                suggestion: Finding.Suggestion("no date within a year passes every rule")),
            Finding(.note, code: .holiday, message: "Nyepi (acknowledged: \"quiet\", 2 %)", at: at(file, 40, 2)),
        ]
        return checked + made
    }

    @Test func jsonIsTheReference() throws {
        let findings = Self.findings()
        let written = try JSONSerialization.jsonObject(with: Data(JSONReporter.report(findings).utf8))
        let reference: [String: Any] = [
            "findings": findings.map(Self.jsonFinding),
            "schemaVersion": 1,
            "summary": [
                "errors": findings.count { $0.severity == .error }, "warnings": findings.count { $0.severity == .warning },
                "notes": findings.count { $0.severity == .note },
            ],
        ]
        #expect(try Self.canonical(written) == Self.canonical(reference))
    }

    @Test func sarifIsTheReference() throws {
        let findings = Self.findings()
        let written = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.report(findings).utf8)) as? [String: Any])
        let runs = try #require(written["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [Any])
        let codes = RuleCatalog.all.map(\.code)
        let reference = findings.map { finding -> [String: Any] in
            var result: [String: Any] = [
                "ruleId": finding.code.rawValue,
                "level": ["error": "error", "warning": "warning", "note": "note"][finding.severity.rawValue] ?? "",
                "message": ["text": finding.message],
                "locations": [["physicalLocation": Self.sarifLocation(finding.location)]],
            ]
            if let index = codes.firstIndex(of: finding.code) { result["ruleIndex"] = index }
            if !finding.notes.isEmpty {
                result["relatedLocations"] = finding.notes.enumerated().map { index, note in
                    ["id": index, "message": ["text": note.message], "physicalLocation": Self.sarifLocation(note.location)]
                }
            }
            if let suggestion = finding.suggestion {
                var properties: [String: Any] = ["suggestion": suggestion.message]
                if let date = suggestion.date { properties["suggestedDate"] = Self.iso(date) }
                result["properties"] = properties
            }
            return result
        }
        #expect(try Self.canonical(results) == Self.canonical(reference))
        #expect(written["version"] as? String == "2.1.0")
    }

    @Test func githubIsTheReference() {
        let findings = Self.findings()
        var reference = ""
        for finding in findings {
            let command = ["error": "error", "warning": "warning", "note": "notice"][finding.severity.rawValue] ?? ""
            var message = Self.visible(finding.message)
            for note in finding.notes {
                message += "\n" + Self.visible("\(note.location.file):\(note.location.line):\(note.location.column): note: \(note.message)")
            }
            if let suggestion = finding.suggestion { message += "\nsuggestion: " + Self.visible(suggestion.message) }
            let file = Self.escape(Self.visible(finding.location.file), property: true)
            let title = Self.escape("parley [\(finding.code.rawValue)]", property: true)
            reference +=
                "::\(command) file=\(file),line=\(finding.location.line),col=\(finding.location.column),title=\(title)::"
                + Self.escape(message, property: false) + "\n"
        }
        let written = GitHubReporter.report(findings)
        #expect(written == reference)
        #expect(written.contains("100%25 done, ::stop:: café 日本\\u{0A}next line\\u{0D}\tend%0A"))
    }

    // MARK: References

    /// A JSON value written by Foundation with sorted keys, so equal values give equal bytes.
    static func canonical(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
    }

    static func iso(_ date: LocalDate) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        return padded(Int(date.year), 4) + "-" + padded(Int(date.month), 2) + "-" + padded(Int(date.day), 2)
    }

    static func jsonLocation(_ location: ParleyKit.SourceLocation) -> [String: Any] {
        ["file": location.file, "line": location.line, "column": location.column]
    }

    static func jsonFinding(_ finding: Finding) -> [String: Any] {
        var suggestion: Any = NSNull()
        if let made = finding.suggestion {
            suggestion = ["message": made.message, "date": made.date.map(Self.iso) ?? NSNull()] as [String: Any]
        }
        return [
            "code": finding.code.rawValue, "severity": finding.severity.rawValue, "message": finding.message,
            "location": jsonLocation(finding.location),
            "notes": finding.notes.map { ["message": $0.message, "location": jsonLocation($0.location)] as [String: Any] },
            "suggestion": suggestion,
        ]
    }

    /// SARIF's `physicalLocation`: the path percent-encoded as a relative URI reference, `:` too.
    static func sarifLocation(_ location: ParleyKit.SourceLocation) -> [String: Any] {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(":")
        let uri = location.file.addingPercentEncoding(withAllowedCharacters: allowed) ?? location.file
        return ["artifactLocation": ["uri": uri], "region": ["startLine": location.line, "startColumn": location.column]]
    }

    /// Text as it may be shown on one line: each control character (C0 but tab, DEL, C1,
    /// U+061C, U+200E, U+200F, U+2028–U+202E, U+2066–U+2069) as `\u{XX}`.
    static func visible(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let control =
                (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || [0x061C, 0x200E, 0x200F].contains(value)
                || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if control {
                let hex = String(value, radix: 16, uppercase: true)
                output += "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// actions/toolkit's `escapeData` (`%`, CR, LF) and, for a property, `escapeProperty` (also `:` and `,`).
    static func escape(_ text: String, property: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
