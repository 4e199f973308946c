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

    /// The process's own file descriptors 1 and 2.
    static var standard: Output {
        Output(standardOutput: OutputChannel(fileDescriptor: 1), standardError: OutputChannel(fileDescriptor: 2))
    }

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
