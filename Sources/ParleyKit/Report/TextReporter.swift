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
    ///
    /// The report is written as UTF-8 bytes into one buffer (the source lines copied from
    /// each ``SourceFile``'s bytes, `label` asked once per severity) and made a string once.
    ///
    /// - Complexity: O(*n*) in the report's length.
    public static func report(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" }
    ) -> String {
        var text = ""
        write(findings, sources: sources, label: label, chunk: .max, capacity: 64 + findings.count * 320) {
            text = String(decoding: $0, as: UTF8.self)
        }
        return text
    }

    /// ``report(_:sources:label:)``'s bytes handed to `sink` about 256 KiB at a time, so that a
    /// report of a hundred thousand findings goes out as it is written, never whole in memory.
    public static func write(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String = { "\($0.rawValue):" },
        to sink: ([UInt8]) -> Void
    ) {
        write(findings, sources: sources, label: label, chunk: 1 << 18, capacity: (1 << 18) + 4096, to: sink)
    }

    /// Writes the report, handing `sink` the bytes whenever `chunk` have gathered and at the end.
    private static func write(
        _ findings: [Finding], sources: [String: SourceFile], label: (Severity) -> String, chunk: Int, capacity: Int,
        to sink: ([UInt8]) -> Void
    ) {
        let labels = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, label($0)) })
        let noteLabel = labels[.note] ?? label(.note)
        var writer = MessageWriter(capacity: capacity)
        // The last file looked up, so that a run of findings in one file costs one lookup.
        var current: (path: String, source: SourceFile?)?
        for finding in findings {
            let location = finding.location
            write(location, into: &writer)
            writer.write(byte: UInt8(ascii: ":"))
            writer.write(byte: UInt8(ascii: " "))
            writer.write(labels[finding.severity] ?? label(finding.severity))
            writer.write(byte: UInt8(ascii: " "))
            writer.write(finding.message)
            writer.write(byte: UInt8(ascii: " "))
            writer.write(byte: UInt8(ascii: "["))
            writer.write(finding.code.rawValue)
            writer.write(byte: UInt8(ascii: "]"))
            writer.write(byte: UInt8(ascii: "\n"))
            if current?.path != location.file { current = (location.file, sources[location.file]) }
            if let source = current?.source, let range = source.lineRange(location.line) {
                let line = source.bytes[range]
                writer.write(bytes: line)
                writer.write(byte: UInt8(ascii: "\n"))
                writeCaret(under: line, column: location.column, into: &writer)
                writer.write(byte: UInt8(ascii: "\n"))
            }
            for note in finding.notes {
                write(note.location, into: &writer)
                writer.write(byte: UInt8(ascii: ":"))
                writer.write(byte: UInt8(ascii: " "))
                writer.write(noteLabel)
                writer.write(byte: UInt8(ascii: " "))
                writer.write(note.message)
                writer.write(byte: UInt8(ascii: "\n"))
            }
            if let suggestion = finding.suggestion {
                write(location, into: &writer)
                writer.write(byte: UInt8(ascii: ":"))
                writer.write(byte: UInt8(ascii: " "))
                writer.write(noteLabel)
                writer.write(" suggestion: ")
                writer.write(suggestion.message)
                writer.write(byte: UInt8(ascii: "\n"))
            }
            if writer.count >= chunk { sink(writer.take()) }
        }
        writer.write(summary(findings))
        writer.write(byte: UInt8(ascii: "\n"))
        sink(writer.take())
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ findings: [Finding]) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// A line of spaces (tabs kept, so the caret lines up) ending in `^` under `column`.
    static func caret(under line: String, column: Int) -> String {
        var writer = MessageWriter()
        writeCaret(under: ArraySlice(line.utf8), column: column, into: &writer)
        return writer.text
    }

    /// Writes ``SourceLocation/description`` (`file:line:column`).
    private static func write(_ location: SourceLocation, into writer: inout MessageWriter) {
        writer.write(location.file)
        writer.write(byte: UInt8(ascii: ":"))
        writer.write(location.line)
        writer.write(byte: UInt8(ascii: ":"))
        writer.write(location.column)
    }

    /// Writes ``caret(under:column:)`` for the UTF-8 bytes of a line: one space (or tab)
    /// per Unicode scalar before `column`, counted as the bytes that start a scalar (not
    /// `10xxxxxx`), then spaces past the line's end, then `^`.
    private static func writeCaret(under line: ArraySlice<UInt8>, column: Int, into writer: inout MessageWriter) {
        var scalars = 0
        for byte in line where byte & 0xC0 != 0x80 {
            guard scalars < column - 1 else { break }
            writer.write(byte: byte == UInt8(ascii: "\t") ? UInt8(ascii: "\t") : UInt8(ascii: " "))
            scalars += 1
        }
        writer.write(byte: UInt8(ascii: " "), count: column - 1 - scalars)
        writer.write(byte: UInt8(ascii: "^"))
    }
}
