import CivilTime

/// Every `parley` subcommand.
enum CommandRegistry {
    /// The registered commands. To add one, add a line with an instance of its type; the
    /// order does not matter (`parley --help` sorts by name), so keep it alphabetical.
    static let commands: [any Command] = [
        CheckCommand(),
        CompletionsCommand(),
        DiffCommand(),
        ExpandCommand(),
        ExportCommand(),
        FormatCommand(),
        HelpCommand(),
        HolidaysCommand(),
        IcsCommand(),
        NextCommand(),
        PublishCommand(),
        RoundsCommand(),
        TimeZoneCommand(),
        VersionCommand(),
        ViewCommand(),
    ]

    /// The command called `name`, if there is one.
    static func command(named name: String) -> (any Command)? {
        commands.first { $0.name == name }
    }

    /// An error for an unknown command name, with the closest names as suggestions.
    static func unknownCommandError(_ name: String, among known: [any Command] = commands) -> UsageError {
        let suggestions = Spelling.closest(to: name, among: known.map(\.name))
        var message = "unknown command '\(name)'"
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        return UsageError(message)
    }
}
