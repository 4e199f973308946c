import Synchronization

/// Where a run writes: its standard output and its standard error, each knowing whether it is
/// a terminal.
///
/// `main.swift` passes ``standard``; tests pass ``capturing(standardOutputIsTerminal:standardErrorIsTerminal:)``
/// and read back each stream separately.
struct Output: Sendable {
    /// Results: reports, listings, JSON, calendars.
    let standardOutput: OutputChannel
    /// Errors, warnings and usage messages.
    let standardError: OutputChannel
    /// Whether ``keepUntilExit(_:)`` keeps what it is given: only for the process's own output,
    /// whose process exits as soon as the command returns.
    private var keepsUntilExit = false

    /// The process's own file descriptors 1 and 2.
    static var standard: Output {
        var output = Output(standardOutput: OutputChannel(fileDescriptor: 1), standardError: OutputChannel(fileDescriptor: 2))
        output.keepsUntilExit = true
        return output
    }

    /// Keeps `value` (a large structure a command built, such as a calendar's ten thousand
    /// events) alive until the process exits, when this is the process's own output: the
    /// kernel takes back the whole memory at exit at once, where freeing the structure object
    /// by object when the command returns costs milliseconds the user waits for (7 ms for
    /// 10,000 events). In process (tests) it is freed as usual.
    func keepUntilExit(_ value: some Sendable) {
        guard keepsUntilExit else { return }
        Self.kept.withLock { $0.append(value) }
    }

    private static let kept = Mutex<[any Sendable]>([])

    /// Two memory channels, each pretending to be a terminal or not.
    static func capturing(standardOutputIsTerminal: Bool = false, standardErrorIsTerminal: Bool = false) -> Output {
        Output(
            standardOutput: OutputChannel(capturingAsTerminal: standardOutputIsTerminal),
            standardError: OutputChannel(capturingAsTerminal: standardErrorIsTerminal)
        )
    }

    /// Writes out whatever either channel still holds.
    func flush() {
        standardOutput.flush()
        standardError.flush()
    }
}
