/// One `parley` subcommand: its name, its arguments and options, and what it does.
///
/// Adding a subcommand takes one new file holding a type that conforms to `Command`, and one
/// line in ``CommandRegistry/commands``. A command declares its arguments and options once:
/// the parser, the usage line and `--help` are all made from that declaration. The framework
/// supplies `parley help NAME`, `parley NAME --help`, `--color`, and the `Error: …` + usage
/// output for a ``UsageError``.
///
/// ```swift
/// struct GreetCommand: Command {
///     let name = "greet"
///     let summary = "Say hello."
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
    /// Paragraphs explaining the command in `--help` (rewrapped when printed); empty for none.
    var discussion: String { get }
    /// The positional arguments, in order.
    var positionals: [PositionalSpec] { get }
    /// The options the command accepts (`--help` and `--color` are added by the framework).
    var options: [OptionSpec] { get }
    /// The names of the command's distinct ways of being called, one usage line each
    /// (`expand RRULE …` and `expand --ics FILE …`); empty for one. Arguments and options
    /// name the forms they belong to with `only`.
    var usageForms: [String] { get }
    /// The exit codes the command can return, each with what it means for this command.
    var exitCodes: [ExitCode: String] { get }

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
    var usageForms: [String] { [] }
    var exitCodes: [ExitCode: String] {
        [.success: "success", .invalidInput: "the command line is invalid"]
    }
}
