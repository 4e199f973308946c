import Basics
import ParleyKit

/// Everything a command's `run` gets: its arguments, the environment, where to write, and
/// how to colour.
struct Invocation: Sendable {
    /// The arguments after the command's name, with `--color` already taken out.
    let arguments: [String]
    /// The process environment (tests pass their own).
    let environment: [String: String]
    /// Standard output and standard error.
    let output: Output
    /// The `--color` choice.
    let colorMode: ColorMode

    /// Colouring for standard output, decided by `--color`, `NO_COLOR` and whether it is a terminal.
    var outputStyle: TextStyle {
        TextStyle(isEnabled: colorMode.allowsColor(on: output.standardOutput, environment: environment))
    }

    /// Colouring for standard error, decided by `--color`, `NO_COLOR` and whether it is a terminal.
    var errorStyle: TextStyle {
        TextStyle(isEnabled: colorMode.allowsColor(on: output.standardError, environment: environment))
    }

    /// Splits ``arguments`` by `options` (normally the command's own ``Command/options``).
    ///
    /// - Throws: ``UsageError`` for an unknown option or a missing value.
    func parse(_ options: [OptionSpec]) throws(UsageError) -> ParsedOptions {
        try ParsedOptions(parsing: arguments, options: options)
    }

    /// A JSON writer that streams to standard output in large chunks (call its `finish()`).
    func jsonWriter() -> JSONWriter {
        let channel = output.standardOutput
        return JSONWriter(flushingEvery: 1 << 18) { channel.write(bytes: $0) }
    }

    /// A CSV writer with `header` that streams to standard output in large chunks (call its `finish()`).
    func csvWriter(header: [String]) -> CSVWriter {
        let channel = output.standardOutput
        return CSVWriter(header: header, flushingEvery: 1 << 18) { channel.write(bytes: $0) }
    }

    /// Writes `text` to standard output, made visible (add the `\n` yourself).
    func write(_ text: String) {
        output.standardOutput.write(text)
    }

    /// Writes visible text (a report, with its colour codes) to standard output.
    func write(_ text: VisibleText) {
        output.standardOutput.write(text)
    }

    /// Writes JSON from `JSONWriter` or iCalendar from `CalendarWriter` to standard output as
    /// is: those writers escape every control character themselves.
    func writeData(_ text: String) {
        output.standardOutput.write(bytes: text.utf8)
    }

    /// Writes `text` to standard error, made visible (add the `\n` yourself).
    func writeError(_ text: String) {
        output.standardError.write(text)
    }
}
