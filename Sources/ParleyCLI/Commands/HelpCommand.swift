/// `parley help [COMMAND]`: the top-level help, or one command's.
struct HelpCommand: Command {
    let name = "help"
    let summary = "Show help for parley or for one command."
    let usageForms = ["topic", "man"]
    let positionals = [PositionalSpec("COMMAND", "The command to explain; without it, the list of commands.", .optional, only: ["topic"])]
    let options = [OptionSpec.flag("man", "Print the manual page parley.1 (roff) and exit.").required().only(in: "man")]
    let exitCodes: [ExitCode: String] = [.success: "the help was printed", .invalidInput: "there is no such command"]

    func run(_ invocation: Invocation) throws -> ExitCode {
        let parsed = try invocation.parse(options)
        try parsed.expectPositionals(atMost: 1)
        if parsed.flag("man") {
            try parsed.expectPositionals(atMost: 0)
            invocation.write(ManualPage.text)
            return .success
        }
        guard let topic = parsed.positionals.first else {
            invocation.write(TopLevelHelp.text)
            return .success
        }
        guard let command = CommandRegistry.command(named: topic) else {
            throw CommandRegistry.unknownCommandError(topic)
        }
        invocation.write(command.helpText)
        return .success
    }
}
