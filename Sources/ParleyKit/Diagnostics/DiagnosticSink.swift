/// Collects the `input` findings of one file, stopping after ``limit`` so that a binary or
/// enormous file cannot flood the output; the overflow is summarised in one last finding.
public struct DiagnosticSink: Sendable {
    /// The most findings kept per file.
    public static let limit = 100

    /// The findings kept, in the order they were reported.
    public private(set) var findings: [Finding] = []
    private var dropped = 0
    private var lastLocation: SourceLocation?

    /// An empty sink.
    public init() {}

    /// Records an `input` error at `location`.
    public mutating func error(_ message: String, at location: SourceLocation, notes: [Finding.Note] = []) {
        add(Finding(.error, code: .input, message: message, at: location, notes: notes))
    }

    /// Records any finding.
    public mutating func add(_ finding: Finding) {
        if findings.count >= DiagnosticSink.limit {
            dropped += 1
            lastLocation = finding.location
            return
        }
        findings.append(finding)
    }

    /// The findings, with a closing summary when some were dropped.
    public var all: [Finding] {
        guard dropped > 0, let location = lastLocation else { return findings }
        return findings + [
            Finding(.error, code: .input, message: "\(dropped) more errors in this file are not shown", at: location)
        ]
    }

    /// Whether any error was recorded.
    public var hasErrors: Bool { !findings.isEmpty }
}
