import Foundation
import ParleyKit
import Testing

@testable import ParleyCLI

@Suite("The parley runner: help, version, exit codes, errors")
struct RunnerTests {
    @Test func versionFlagPrintsTheKitVersion() {
        let result = ParleyRun(["--version"])
        #expect(result.code == .success)
        #expect(result.standardOutput == "parley \(Parley.version)\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func versionCommandMatchesTheFlag() {
        let result = ParleyRun(["version"])
        #expect(result.code == .success)
        #expect(result.standardOutput == ParleyRun(["--version"]).standardOutput)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func topLevelHelpListsEveryCommandAndTheExitCodes(arguments: [String]) {
        let result = ParleyRun(arguments)
        #expect(result.code == .success)
        #expect(result.standardError.isEmpty)
        let text = result.standardOutput
        #expect(text.contains("Usage: parley [--color WHEN] COMMAND"))
        for command in CommandRegistry.commands {
            #expect(text.contains("  \(command.name)"), "missing \(command.name)")
            #expect(Self.flattened(text).contains(Self.flattened(command.summary)))
        }
        for code in ExitCode.allCases {
            #expect(Self.flattened(text).contains("\(code.rawValue) \(Self.flattened(code.meaning))"), "missing exit code \(code.rawValue)")
        }
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "parley --help line longer than 80 columns: \(line)")
        }
        #expect(text.contains("NO_COLOR"))
    }

    @Test func commandNamesAreUniqueLowerCaseWords() {
        let names = CommandRegistry.commands.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(!name.isEmpty && name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)")
        }
        for command in CommandRegistry.commands {
            #expect(command.summary.hasSuffix("."), "\(command.name)")
            #expect(!command.summary.contains("\n"), "\(command.name)")
        }
    }

    @Test func topLevelHelpListsCommandsByName() {
        let text = ParleyRun(["--help"]).standardOutput
        let positions = CommandRegistry.commands.map(\.name).sorted().compactMap { text.range(of: "\n  \($0) ")?.lowerBound }
        #expect(positions.count == CommandRegistry.commands.count)
        #expect(positions == positions.sorted())
    }

    @Test func noCommandIsAnErrorWithTheUsage() {
        let result = ParleyRun([])
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("Error: no command given\nUsage: parley"))
    }

    @Test(arguments: CommandRegistry.commands.map(\.name))
    func everyCommandHasHelp(name: String) throws {
        let command = try #require(CommandRegistry.command(named: name))
        for arguments in [[name, "--help"], [name, "-h"], ["help", name], ["--help", name]] {
            let result = ParleyRun(arguments)
            #expect(result.code == .success, "\(arguments)")
            #expect(result.standardError.isEmpty, "\(arguments)")
            #expect(result.standardOutput == command.helpText, "\(arguments)")
        }
        let help = command.helpText
        // Wrapping breaks lines anywhere between words; compare with runs of spaces and newlines as one space.
        let flat = Self.flattened(help)
        #expect(flat.hasPrefix(Self.flattened("parley \(name): \(command.summary) Usage: parley \(name)")))
        #expect(help.contains("\n\nUsage: parley \(name)"))
        #expect(help.contains("-h, --help"))
        #expect(help.contains("--color auto|always|never"))
        #expect(help.contains("Exit codes:\n"))
        for (code, meaning) in command.exitCodes {
            #expect(flat.contains(Self.flattened("\(code.rawValue) \(meaning)")))
        }
        let usage = Self.flattened(command.usageLine)
        for option in command.options {
            #expect(flat.contains(Self.flattened(option.helpLabel + " " + option.help)))
            #expect(usage.contains(option.usageLabel), "\(option.name) is not in the usage line")
        }
        for positional in command.positionals {
            #expect(flat.contains(Self.flattened(positional.name + " " + positional.help)))
            #expect(usage.contains(positional.usageLabel))
        }
        for line in help.split(separator: "\n") {
            #expect(line.count <= 80, "\(name) --help line longer than 80 columns: \(line)")
        }
    }

    @Test func helpListsOnlyTheCommandsOwnOptionsAndExitCodes() {
        let next = ParleyRun(["next", "--help"]).standardOutput
        #expect(!next.contains("--strict") && !next.contains("--check"))
        #expect(next.contains("  1   no window fits\n"))
        let tz = ParleyRun(["tz", "--help"]).standardOutput
        #expect(!tz.contains("\n  1   "), "tz never exits 1")
    }

    @Test func usageLinesComeFromTheDeclaredOptionsOneLinePerForm() throws {
        let expand = try #require(CommandRegistry.command(named: "expand"))
        #expect(
            expand.usageLine == """
                Usage: parley expand RRULE --start DATETIME [--tz TZID]
                                     [--count N | --until DATETIME | --between A B]
                                     [--format text|json]
                       parley expand --ics FILE [--tz TZID] [--between A B] [--format text|json]
                """
        )
        let ics = try #require(CommandRegistry.command(named: "ics"))
        #expect(ics.usageLine.hasPrefix("Usage: parley ics [PATH...] --out DIR [--by series|country|person]"))
    }

    private static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test(arguments: CommandRegistry.commands.map(\.name))
    func everyCommandRejectsAnUnknownOptionWithItsUsage(name: String) throws {
        let command = try #require(CommandRegistry.command(named: name))
        let result = ParleyRun([name, "--no-such-option"])
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "Error: unknown option '--no-such-option'\n\(command.usageLine)\nRun 'parley \(name) --help' for more.\n"
        )
    }

    @Test func helpAfterDoubleDashIsNotHelp() {
        let result = ParleyRun(["version", "--", "--help"])
        #expect(result.code == .invalidInput)
        #expect(result.standardError.hasPrefix("Error: unexpected argument '--help'"))
    }

    @Test(arguments: [
        ("chek", ["check"]),
        ("hlep", ["help"]),
        ("verison", ["version"]),
        ("zzzzzzzz", []),
    ])
    func unknownCommandSuggestsTheClosest(typed: String, suggested: [String]) {
        let result = ParleyRun([typed])
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        var expected = "Error: unknown command '\(typed)'"
        if !suggested.isEmpty {
            expected += "; did you mean " + suggested.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        #expect(result.standardError == expected + "\nRun 'parley --help' for more.\n")
    }

    @Test func helpForAnUnknownCommandSuggests() {
        let result = ParleyRun(["help", "versoin"])
        #expect(result.code == .invalidInput)
        #expect(result.standardError.hasPrefix("Error: unknown command 'versoin'; did you mean 'version'?\nUsage: parley help [COMMAND]\n"))
    }

    @Test(arguments: [
        (["--frobnicate"], "Error: unknown option '--frobnicate'"),
        (["--version", "extra"], "Error: --version takes no arguments"),
        (["--color"], "Error: --color needs a value WHEN (auto, always or never)"),
        (["--color", "sometimes", "version"], "Error: --color must be one of auto, always, never; got 'sometimes'"),
        (["--color=alwyas", "version"], "Error: --color must be one of auto, always, never; got 'alwyas'; did you mean 'always'?"),
        (["version", "extra"], "Error: unexpected argument 'extra'"),
        (["help", "a", "b"], "Error: unexpected argument 'b'"),
    ])
    func badCommandLinesExitTwoWithAnError(arguments: [String], firstLine: String) {
        let result = ParleyRun(arguments)
        #expect(result.code == .invalidInput)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(result.standardError.contains("Usage: parley"))
    }

    @Test func colorOptionIsAcceptedAnywhereBeforeDoubleDash() {
        #expect(ParleyRun(["--color", "never", "version"]).code == .success)
        #expect(ParleyRun(["version", "--color=always"]).code == .success)
        #expect(ParleyRun(["version", "--color", "auto"]).code == .success)
    }
}
