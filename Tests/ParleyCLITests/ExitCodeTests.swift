import Testing

@testable import ParleyCLI

@Suite("Exit codes: what a command returns or throws reaches the process")
struct ExitCodeTests {
    /// A command that ends as its first argument says, to test the runner alone.
    struct ScriptedCommand: Command {
        struct Failure: Error, CustomStringConvertible {
            var description: String { "Plans/x.parley:3:7: expected a country code" }
        }

        let name = "scripted"
        let summary = "Ends as told."
        let positionals = [PositionalSpec("OUTCOME", "success, findings or input.")]

        func run(_ invocation: Invocation) throws -> ExitCode {
            let parsed = try invocation.parse(options)
            switch try parsed.positional(0, "OUTCOME") {
            case "success": return .success
            case "findings":
                invocation.write("Plans/x.parley:1:1: \(invocation.outputStyle.errorLabel) [holiday] a clash\n")
                return .findings
            case "input": throw Failure()
            default: throw UsageError("OUTCOME must be success, findings or input")
            }
        }
    }

    static func scripted(_ arguments: [String]) -> (ExitCode, Output) {
        let output = Output.capturing()
        let code = run(arguments: arguments, environment: [:], output: output, commands: [ScriptedCommand()])
        return (code, output)
    }

    @Test func rawValuesAreTheContract() {
        #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 2])
    }

    @Test func successIsZero() {
        let (code, output) = Self.scripted(["scripted", "success"])
        #expect(code == .success && code.rawValue == 0)
        #expect(output.standardError.text.isEmpty)
    }

    @Test func findingsAreOne() {
        let (code, output) = Self.scripted(["scripted", "findings"])
        #expect(code == .findings && code.rawValue == 1)
        #expect(output.standardOutput.text == "Plans/x.parley:1:1: error: [holiday] a clash\n")
        #expect(output.standardError.text.isEmpty)
    }

    @Test func badInputIsTwoWithoutUsage() {
        let (code, output) = Self.scripted(["scripted", "input"])
        #expect(code == .invalidInput && code.rawValue == 2)
        #expect(output.standardError.text == "Error: Plans/x.parley:3:7: expected a country code\n")
    }

    @Test func badCommandLineIsTwoWithUsage() {
        let (code, output) = Self.scripted(["scripted", "maybe"])
        #expect(code == .invalidInput)
        #expect(
            output.standardError.text
                == "Error: OUTCOME must be success, findings or input\nUsage: parley scripted OUTCOME\nRun 'parley scripted --help' for more.\n"
        )
        let (missing, missingOutput) = Self.scripted(["scripted"])
        #expect(missing == .invalidInput)
        #expect(missingOutput.standardError.text.hasPrefix("Error: missing argument OUTCOME\nUsage: parley scripted OUTCOME\n"))
    }

    @Test func unknownCommandSuggestsAmongTheGivenCommands() {
        let (code, output) = Self.scripted(["scriptd"])
        #expect(code == .invalidInput)
        #expect(output.standardError.text == "Error: unknown command 'scriptd'; did you mean 'scripted'?\nRun 'parley --help' for more.\n")
    }
}
