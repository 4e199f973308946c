/// One `parley` subcommand: its name, its help, and what it does.
///
/// Adding a subcommand takes one new file holding a type that conforms to `Command`, and one
/// line in ``CommandRegistry/commands``. The framework supplies `parley help NAME`,
/// `parley NAME --help`, `--color`, and the `Error: …` + usage output for a ``UsageError``.
///
/// ```swift
/// struct GreetCommand: Command {
///     let name = "greet"
///     let summary = "Say hello."
///     let synopsis = "greet NAME [--shout]"
///     let positionals = [PositionalSpec("NAME", "Who to greet.")]
///     let options = [OptionSpec.flag("shout", "Greet in capitals.")]
///
///     func run(_ invocation: Invocation) throws -> ExitCode {
///         let parsed = try invocation.parse(options)
///         let name = try parsed.positional(0, "NAME")
///         try parsed.expectPositionals(atMost: 1)
///         invocation.write("Hello, \(parsed.flag("shout") ? name.uppercased() : name)\n")
///         return .success
///     }
/// }
/// ```
protocol Command: Sendable {
    /// The word that selects the command (`tz`); lower case, no spaces.
    var name: String { get }
    /// One line for the command list in `parley --help`, ending with a full stop.
    var summary: String { get }
    /// The usage line without the leading `parley ` (`tz TZID [--year YEAR] [--format text|json]`).
    var synopsis: String { get }
    /// Paragraphs explaining the command in `--help`; empty for none.
    var discussion: String { get }
    /// The positional arguments, described in `--help`.
    var positionals: [PositionalSpec] { get }
    /// The options the command accepts (`--help` and `--color` are added by the framework).
    var options: [OptionSpec] { get }
    /// The exit codes the command can return, listed in `--help`.
    var exitCodes: [ExitCode] { get }

    /// Runs the command with the arguments that follow its name.
    ///
    /// Throw ``UsageError`` for a bad command line (the runner adds the usage line); throw
    /// any other error for bad input (the runner prints `Error: <description>`); both exit 2.
    func run(_ invocation: Invocation) throws -> ExitCode
}

extension Command {
    var discussion: String { "" }
    var positionals: [PositionalSpec] { [] }
    var options: [OptionSpec] { [] }
    var exitCodes: [ExitCode] { [.success, .invalidInput] }

    /// The usage line: `Usage: parley <synopsis>`.
    var usageLine: String { "Usage: parley \(synopsis)" }
}
