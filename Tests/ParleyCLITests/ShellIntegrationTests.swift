import Testing

@testable import ParleyCLI

/// The completion scripts and the manual page against what `--help` prints: every command the
/// top-level help lists, and every option each command's help lists, must be in each of them.
@Suite("Completions and manual page list what --help lists")
struct ShellIntegrationTests {
    /// The command names in the `Commands:` section of `parley --help`.
    static let helpCommands: [String] = section("Commands:", of: ParleyRun(["--help"]).standardOutput)
        .compactMap { $0.split(separator: " ").first.map(String.init) }

    /// The option names (`--format`) in the label column of the `Options:` section of `parley COMMAND --help`.
    static func helpOptions(_ command: String) -> [String] {
        section("Options:", of: ParleyRun([command, "--help"]).standardOutput).compactMap { line in
            line.split(separator: " ").map(String.init).first { $0.hasPrefix("--") }
        }
    }

    /// The indented lines that start right after `title` up to the next blank line.
    static func section(_ title: String, of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: title) else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
    }

    /// The lines of `text` from the first that `starts` up to the first later one that `ends`.
    static func block(of text: String, from starts: (String) -> Bool, to ends: (String) -> Bool) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: starts) else { return "" }
        return lines[start...].dropFirst().prefix { !ends($0) }.joined(separator: "\n")
    }

    @Test func helpListsCommandsAndOptions() {
        #expect(Self.helpCommands.contains("check"))
        #expect(Self.helpCommands.contains("completions"))
        #expect(Self.helpOptions("check").contains("--format"))
        #expect(Self.helpOptions("ics").contains("--by"))
    }

    @Test(arguments: CompletionShell.allCases)
    func completionScriptsComeFromTheCompletionsCommand(shell: CompletionShell) {
        let result = ParleyRun(["completions", shell.rawValue])
        #expect(result.code == .success)
        #expect(result.standardOutput == shell.script)
    }

    @Test func bashCompletesEveryCommandAndOption() {
        let script = ParleyRun(["completions", "bash"]).standardOutput
        let commandLine = Self.block(of: script, from: { $0.contains("elif [[ -z \"$command\" ]]") }, to: { $0.hasSuffix("else") })
        let commandWords = commandLine.split(whereSeparator: { $0 == " " || $0 == "\"" })
        for command in Self.helpCommands {
            #expect(commandWords.contains { $0 == command }, "bash: command \(command)")
            let optionsLine = script.split(separator: "\n").first { $0.hasPrefix("        \(command)) echo \"") } ?? ""
            for option in Self.helpOptions(command) {
                #expect(
                    optionsLine.split(whereSeparator: { $0 == " " || $0 == "\"" }).contains { $0 == option }, "bash: \(command) \(option)")
            }
        }
    }

    @Test func zshCompletesEveryCommandAndOption() {
        let script = ParleyRun(["completions", "zsh"]).standardOutput
        for command in Self.helpCommands {
            #expect(script.contains("\n                '\(command):"), "zsh: command \(command)")
            let arguments = Self.block(of: script, from: { $0 == "                \(command))" }, to: { $0.hasSuffix(";;") })
            for option in Self.helpOptions(command) {
                #expect(
                    arguments.contains("\(option)[") || arguments.contains("\(option)=[") || arguments.contains("{-h,\(option)}"),
                    "zsh: \(command) \(option)")
            }
        }
    }

    @Test func fishCompletesEveryCommandAndOption() {
        let lines = ParleyRun(["completions", "fish"]).standardOutput.split(separator: "\n").map(String.init)
        for command in Self.helpCommands {
            #expect(
                lines.contains { $0.hasPrefix("complete -c parley -n __fish_use_subcommand -a \(command) ") }, "fish: command \(command)")
            for option in Self.helpOptions(command) {
                let name = option.dropFirst(2)
                let specific = "complete -c parley -n '__fish_seen_subcommand_from \(command)' -l \(name) "
                let global = lines.contains {
                    $0.hasPrefix("complete -c parley -l \(name) ") || $0.hasPrefix("complete -c parley -s h -l \(name) ")
                }
                #expect(global || lines.contains { $0.hasPrefix(specific) }, "fish: \(command) \(option)")
            }
        }
    }

    @Test func manualPageDescribesEveryCommandAndOption() {
        let page = ParleyRun(["help", "--man"]).standardOutput.replacing("\\-", with: "-")
        #expect(page.hasPrefix(".TH PARLEY 1 "))
        for command in Self.helpCommands {
            let section = Self.block(of: page, from: { $0 == ".SS \(command)" }, to: { $0.hasPrefix(".SS ") || $0.hasPrefix(".SH ") })
            #expect(!section.isEmpty, "man: command \(command)")
            for option in Self.helpOptions(command) {
                #expect(section.contains("\\fB\(option)") || section.contains("\\fB-h, \(option)"), "man: \(command) \(option)")
            }
        }
    }
}
