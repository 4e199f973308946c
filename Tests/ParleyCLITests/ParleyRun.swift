@testable import ParleyCLI

/// The result of one in-process `parley` run: exit code and both streams.
struct ParleyRun {
    let code: ExitCode
    let standardOutput: String
    let standardError: String

    /// Runs `parley arguments…` in process with captured output.
    init(
        _ arguments: [String],
        environment: [String: String] = [:],
        standardOutputIsTerminal: Bool = false,
        standardErrorIsTerminal: Bool = false
    ) {
        let output = Output.capturing(
            standardOutputIsTerminal: standardOutputIsTerminal, standardErrorIsTerminal: standardErrorIsTerminal
        )
        code = run(arguments: arguments, environment: environment, output: output)
        standardOutput = output.standardOutput.text
        standardError = output.standardError.text
    }
}
