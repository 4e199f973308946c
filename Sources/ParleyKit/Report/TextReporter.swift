/// Compiler-style text: `path:line:col: error: message [code]`, the source line with a caret
/// under the spot, each note as `path:line:col: note: …`, the suggestion as a note, and a
/// closing count.
///
/// ```
/// Plans/a.parley:9:3: error: round 2 of d on 2026-04-01 is 81 days after round 1 … [gap]
///   round 2 on 2026-04-01 planned
///   ^
/// Plans/a.parley:8:3: note: round 1 is here
/// Plans/a.parley:9:3: note: suggestion: move round 2 to 2026-07-10 or later
/// 1 error, 0 warnings
/// ```
public enum TextReporter {
    /// The report, ending with a newline. `label` spells each severity with its colon
    /// (the command line passes a colouring one when writing to a terminal).
    public static func report(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }
    ) -> String {
        var output = ""
        for finding in findings {
            output += "\(finding.location): \(label(finding.severity)) \(finding.message) [\(finding.code)]\n"
            if let line = sources[finding.location.file]?.line(finding.location.line) {
                output += line + "\n"
                output += caret(under: line, column: finding.location.column) + "\n"
            }
            for note in finding.notes {
                output += "\(note.location): \(label(.note)) \(note.message)\n"
            }
            if let suggestion = finding.suggestion {
                output += "\(finding.location): \(label(.note)) suggestion: \(suggestion.message)\n"
            }
        }
        output += summary(findings) + "\n"
        return output
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ findings: [Finding]) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// A line of spaces (tabs kept, so the caret lines up) ending in `^` under `column`.
    static func caret(under line: String, column: Int) -> String {
        var prefix = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            prefix += scalar == "\t" ? "\t" : " "
        }
        let missing = column - 1 - line.unicodeScalars.count
        if missing > 0 { prefix += String(repeating: " ", count: missing) }
        return prefix + "^"
    }
}
