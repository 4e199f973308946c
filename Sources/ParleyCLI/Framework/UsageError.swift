/// A command line that cannot be run as written: an unknown option, a missing or malformed
/// argument, a value outside its allowed set.
///
/// The runner prints `Error: <message>` on standard error followed by the command's usage
/// line, and exits with ``ExitCode/invalidInput`` (2).
struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and, where possible, what was expected (`--format must be one of text, json; got 'xml'`).
    let message: String

    /// An error with the message shown after `Error: `.
    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
