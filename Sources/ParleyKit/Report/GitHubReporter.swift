import Basics

/// GitHub Actions workflow commands, one per finding:
/// `::error file=Plans/a.parley,line=9,col=3,title=parley [gap]::message`.
///
/// Escaping follows actions/toolkit (`packages/core/src/command.ts`): in the message `%`,
/// CR and LF become `%25`, `%0D`, `%0A`; in property values `:` and `,` also become `%3A`
/// and `%2C`. Notes and the suggestion follow the message on their own (escaped) lines.
/// Warnings use `::warning`, notes `::notice`. Before that, every piece from the plans is made
/// visible (``VisibleText/escapingLine(_:)``), so an annotation never carries a control character.
public enum GitHubReporter {
    /// The commands, each ending with a newline.
    public static func report(_ findings: [Finding]) -> String {
        var output = ""
        write(findings) { output += $0 }
        return output
    }

    /// The commands handed to `sink` about 256 KiB at a time, so thousands of annotations
    /// never exist as one string.
    public static func write(_ findings: [Finding], to sink: (String) -> Void) {
        var output = ""
        for finding in findings {
            output += command(finding)
            if output.utf8.count >= 1 << 18 {
                sink(output)
                output = ""
            }
        }
        if !output.isEmpty { sink(output) }
    }

    /// One finding's command, ending with a newline.
    private static func command(_ finding: Finding) -> String {
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var message = VisibleText.escapingLine(finding.message)
        for note in finding.notes {
            message += "\n" + VisibleText.escapingLine("\(note.location): note: \(note.message)")
        }
        if let suggestion = finding.suggestion { message += "\nsuggestion: " + VisibleText.escapingLine(suggestion.message) }
        let properties = [
            "file=" + escapeProperty(VisibleText.escapingLine(finding.location.file)),
            "line=\(finding.location.line)",
            "col=\(finding.location.column)",
            "title=" + escapeProperty("parley [\(finding.code)]"),
        ]
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// ``escapeData(_:)`` plus `:` → `%3A` and `,` → `%2C`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
