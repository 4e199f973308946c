import Basics

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
    /// The report, ending with a newline, as plain text (see ``visibleReport(_:sources:label:)``).
    public static func report(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }
    ) -> String {
        visibleReport(findings, sources: sources, label: label).text
    }

    /// The report, ending with a newline. `label` spells each severity with its colon and is
    /// written as is (the command line passes a colouring one when writing to a terminal);
    /// everything else from the plans (file names, messages, source lines) passes
    /// ``VisibleText``, and the caret lines up with the escaped source line.
    ///
    /// The report is written as UTF-8 bytes into one buffer (the source lines copied from
    /// each ``SourceFile``'s bytes, `label` asked once per severity).
    ///
    /// - Complexity: O(*n*) in the report's length.
    public static func visibleReport(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }
    ) -> VisibleText {
        var whole = VisibleText()
        write(findings, sources: sources, label: label, chunk: .max) { whole = $0 }
        return whole
    }

    /// ``visibleReport(_:sources:label:)``'s bytes handed to `sink` about 256 KiB at a time, so
    /// that a report of a hundred thousand findings goes out as it is written, never whole in memory.
    public static func write(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" },
        to sink: ([UInt8]) -> Void
    ) {
        write(findings, sources: sources, label: label, chunk: 1 << 18) { sink($0.bytes) }
    }

    /// Writes the report, handing `sink` the text whenever `chunk` bytes have gathered and at the end.
    private static func write(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String, chunk: Int,
        to sink: (VisibleText) -> Void
    ) {
        let labels = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, label($0)) })
        let noteLabel = labels[.note] ?? label(.note)
        var writer = VisibleText()
        // The last file looked up, so that a run of findings in one file costs one lookup.
        var current: (path: String, source: SourceFile?)?
        for finding in findings {
            let location = finding.location
            write(location, into: &writer)
            writer.appendVerbatim(": ")
            writer.appendVerbatim(labels[finding.severity] ?? label(finding.severity))
            writer.appendVerbatim(" ")
            writer.append(finding.message, keepingLineFeeds: false)
            writer.appendVerbatim(" [")
            writer.appendVerbatim(finding.code.rawValue)
            writer.appendVerbatim("]\n")
            if current?.path != location.file { current = (location.file, sources[location.file]) }
            if let source = current?.source, let range = source.lineRange(location.line) {
                let line = source.bytes[range]
                writer.append(utf8: line, keepingLineFeeds: false)
                writer.appendVerbatim("\n")
                writer.appendVerbatim(caret(under: line, column: location.column))
                writer.appendVerbatim("\n")
            }
            for note in finding.notes {
                write(note.location, into: &writer)
                writer.appendVerbatim(": ")
                writer.appendVerbatim(noteLabel)
                writer.appendVerbatim(" ")
                writer.append(note.message, keepingLineFeeds: false)
                writer.appendVerbatim("\n")
            }
            if let suggestion = finding.suggestion {
                write(location, into: &writer)
                writer.appendVerbatim(": ")
                writer.appendVerbatim(noteLabel)
                writer.appendVerbatim(" suggestion: ")
                writer.append(suggestion.message, keepingLineFeeds: false)
                writer.appendVerbatim("\n")
            }
            if writer.bytes.count >= chunk {
                sink(writer)
                writer = VisibleText()
            }
        }
        writer.appendVerbatim(summary(findings))
        writer.appendVerbatim("\n")
        sink(writer)
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ findings: [Finding]) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// A line of spaces (tabs kept, so the caret lines up) ending in `^` under `column`.
    static func caret(under line: String, column: Int) -> String {
        caret(under: ArraySlice(line.utf8), column: column)
    }

    /// Writes ``SourceLocation/description`` (`file:line:column`), the file name escaped.
    private static func write(_ location: SourceLocation, into writer: inout VisibleText) {
        writer.append(location.file, keepingLineFeeds: false)
        writer.appendVerbatim(":\(location.line):\(location.column)")
    }

    /// ``caret(under:column:)`` for the UTF-8 bytes of a line as ``VisibleText`` shows it: one
    /// space (or tab) per Unicode scalar of the escaped text before `column`, then spaces past
    /// the line's end, then `^`.
    private static func caret(under line: ArraySlice<UInt8>, column: Int) -> String {
        var scalars = 0
        var cut = line.startIndex
        for index in line.indices where line[index] & 0xC0 != 0x80 {
            guard scalars < column - 1 else { break }
            scalars += 1
            cut = index + 1
        }
        while cut < line.endIndex, line[cut] & 0xC0 == 0x80 { cut += 1 }
        var before = VisibleText()
        before.append(utf8: line[line.startIndex..<cut], keepingLineFeeds: false)
        var caret: [UInt8] = []
        for byte in before.bytes where byte & 0xC0 != 0x80 {
            caret.append(byte == UInt8(ascii: "\t") ? UInt8(ascii: "\t") : UInt8(ascii: " "))
        }
        caret.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, column - 1 - scalars)))
        caret.append(UInt8(ascii: "^"))
        return String(decoding: caret, as: UTF8.self)
    }
}
