import Basics
import ParleyKit

/// Runs `parley` with `arguments` (without the program name) and returns the exit code.
///
/// `main.swift` calls this with the process's arguments, environment and file descriptors;
/// tests call it in process with ``Output/capturing(standardOutputIsTerminal:standardErrorIsTerminal:)``.
///
/// The framework handles, for every command: `--help`/`-h` anywhere before `--` (help on
/// standard output, exit 0); `--color auto|always|never` anywhere before `--`; a thrown
/// ``UsageError`` (`Error: …`, the usage line, exit 2); any other thrown error (`Error: …`, exit 2).
/// `commands` is ``CommandRegistry/commands`` except in tests of the framework itself.
func run(
    arguments: [String], environment: [String: String], output: Output, commands: [any Command] = CommandRegistry.commands
) -> ExitCode {
    defer { output.flush() }
    let global: GlobalOptions
    do {
        global = try GlobalOptions(extractingFrom: arguments)
    } catch {
        return fail(error, usage: TopLevelHelp.usage, helpHint: "parley --help", output: output, colorMode: .auto, environment: environment)
    }
    let invocation = { (rest: [String]) in
        Invocation(arguments: rest, environment: environment, output: output, colorMode: global.colorMode)
    }
    guard let first = global.remaining.first else {
        if global.wantsHelp {
            output.standardOutput.write(TopLevelHelp.text)
            return .success
        }
        return fail(
            UsageError("no command given"), usage: TopLevelHelp.usage, helpHint: "parley --help",
            output: output, colorMode: global.colorMode, environment: environment
        )
    }
    if first == "--version" && global.remaining.count == 1 && !global.wantsHelp {
        output.standardOutput.write("parley \(BuildInfo.version)\n")
        return .success
    }
    guard !first.hasPrefix("-") || first == "-" else {
        let error = UsageError(first == "--version" ? "--version takes no arguments" : "unknown option '\(first)'")
        return fail(
            error, usage: TopLevelHelp.usage, helpHint: "parley --help", output: output, colorMode: global.colorMode,
            environment: environment)
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        return fail(
            CommandRegistry.unknownCommandError(first, among: commands), usage: nil, helpHint: "parley --help",
            output: output, colorMode: global.colorMode, environment: environment
        )
    }
    if global.wantsHelp {
        output.standardOutput.write(command.helpText)
        return .success
    }
    do {
        return try command.run(invocation(Array(global.remaining.dropFirst())))
    } catch {
        return fail(
            error, usage: command.usageLine, helpHint: "parley \(command.name) --help",
            output: output, colorMode: global.colorMode, environment: environment
        )
    }
}

/// Prints `Error: <error>` on standard error, then, for a ``UsageError``, the usage line and
/// where to read more; returns ``ExitCode/invalidInput``.
private func fail(
    _ error: any Error, usage: String?, helpHint: String, output: Output, colorMode: ColorMode, environment: [String: String]
) -> ExitCode {
    let style = TextStyle(isEnabled: colorMode.allowsColor(on: output.standardError, environment: environment))
    var text = VisibleText.verbatim(style.error("Error:"))
    text.append(" \(error)\n")
    if error is UsageError {
        if let usage { text.append(usage + "\n") }
        text.append("Run '\(helpHint)' for more.\n")
    }
    output.standardError.write(text)
    return .invalidInput
}
