import ParleyKit

/// The text of `parley --help` and the top-level usage line.
enum TopLevelHelp {
    /// The usage lines shown after a top-level error.
    static let usage = "Usage: parley [--color WHEN] COMMAND [ARGUMENTS...]\n       parley help [COMMAND]\n       parley --version"

    /// `parley --help`: what Parley is, the commands (by name), the global options, exit codes
    /// and environment.
    static var text: String {
        var text = "parley \(Parley.version): plan recurring bilateral consultations; read and write iCalendar.\n\n"
        text += usage + "\n\nCommands:\n"
        text += HelpTable.render(CommandRegistry.commands.sorted { $0.name < $1.name }.map { ($0.name, $0.summary) })
        text += "\nOptions (accepted by every command too):\n"
        text += HelpTable.render([
            (OptionSpec.color.helpLabel, OptionSpec.color.help),
            (OptionSpec.help.helpLabel, "Show help (after a command: that command's help) and exit."),
            ("--version", "Print the version and exit."),
        ])
        text += "\nExit codes:\n"
        text += HelpTable.render(ExitCode.allCases.map { ("\($0.rawValue)", $0.meaning) })
        text += "\nEnvironment:\n"
        text += HelpTable.render([("NO_COLOR", "When set and not empty, no colour under --color auto (https://no-color.org).")])
        text += "\nRun 'parley help COMMAND' or 'parley COMMAND --help' for a command's arguments,\noptions and exit codes.\n"
        return text
    }
}
