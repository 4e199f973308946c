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
        var output: [UInt8] = []
        write(findings) { output += $0 }
        return String(decoding: output, as: UTF8.self)
    }

    /// The commands as UTF-8, handed to `sink` about 256 KiB at a time, so thousands of
    /// annotations never exist whole; each piece is escaped straight into the buffer.
    public static func write(_ findings: [Finding], to sink: ([UInt8]) -> Void) {
        let chunk = 1 << 18
        var output: [UInt8] = []
        output.reserveCapacity(chunk + 4096)
        var visible: [UInt8] = []
        for finding in findings {
            write(finding, to: &output, scratch: &visible)
            if output.count >= chunk {
                sink(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { sink(output) }
    }

    /// Appends one finding's command, ending with a newline; `scratch` holds each piece made
    /// visible before it is escaped into `output`.
    private static func write(_ finding: Finding, to output: inout [UInt8], scratch visible: inout [UInt8]) {
        output.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: ":")])
        switch finding.severity {
        case .error: output.append(contentsOf: "error file=".utf8)
        case .warning: output.append(contentsOf: "warning file=".utf8)
        case .note: output.append(contentsOf: "notice file=".utf8)
        }
        visible.removeAll(keepingCapacity: true)
        VisibleText.appendEscapingLine(finding.location.file, to: &visible)
        escape(visible, property: true, to: &output)
        output.append(contentsOf: ",line=".utf8)
        output.append(contentsOf: String(finding.location.line).utf8)
        output.append(contentsOf: ",col=".utf8)
        output.append(contentsOf: String(finding.location.column).utf8)
        output.append(contentsOf: ",title=parley [".utf8)
        escape(Array(finding.code.rawValue.utf8), property: true, to: &output)
        output.append(contentsOf: "]::".utf8)
        // The message, then each note and the suggestion on a line of its own (`\n` → `%0A`).
        visible.removeAll(keepingCapacity: true)
        VisibleText.appendEscapingLine(finding.message, to: &visible)
        for note in finding.notes {
            visible.append(UInt8(ascii: "\n"))
            VisibleText.appendEscapingLine(note.location.file, to: &visible)
            visible.append(contentsOf: ":\(note.location.line):\(note.location.column): note: ".utf8)
            VisibleText.appendEscapingLine(note.message, to: &visible)
        }
        if let suggestion = finding.suggestion {
            visible.append(contentsOf: "\nsuggestion: ".utf8)
            VisibleText.appendEscapingLine(suggestion.message, to: &visible)
        }
        escape(visible, property: false, to: &output)
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends `utf8` escaped as the toolkit escapes a message (`%` → `%25`, CR → `%0D`,
    /// LF → `%0A`) or, with `property`, a property value (also `:` → `%3A`, `,` → `%2C`).
    static func escape(_ utf8: [UInt8], property: Bool, to output: inout [UInt8]) {
        utf8.withUnsafeBufferPointer { utf8 in
            var start = 0
            for index in utf8.indices {
                let escaped: StaticString
                switch utf8[index] {
                case UInt8(ascii: "%"): escaped = "%25"
                case 0x0D: escaped = "%0D"
                case 0x0A: escaped = "%0A"
                case UInt8(ascii: ":") where property: escaped = "%3A"
                case UInt8(ascii: ",") where property: escaped = "%2C"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escaped.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }
}
