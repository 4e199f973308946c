import CivilTime

/// Every `parley` subcommand, in the order `parley --help` lists them.
enum CommandRegistry {
    /// The registered commands. To add one, append an instance of its type here.
    static let commands: [any Command] = [
        HelpCommand(),
        TimeZoneCommand(),
        VersionCommand(),
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
