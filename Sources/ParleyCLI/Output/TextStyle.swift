/// ANSI colouring for one output stream, or none when colour is off.
///
/// Get one from ``Invocation/outputStyle`` or ``Invocation/errorStyle``, which decide from
/// `--color`, `NO_COLOR` and whether the stream is a terminal. With colour off every method
/// returns its text unchanged, so callers never branch:
///
/// ```swift
/// let style = invocation.outputStyle
/// invocation.write("Plans/x.parley:12:5: \(style.errorLabel) [holiday] …\n")
/// ```
struct TextStyle: Hashable, Sendable {
    /// Whether escape sequences are emitted.
    let isEnabled: Bool

    /// `error:` in bold red, for compiler-style diagnostics.
    var errorLabel: String { error("error:") }
    /// `warning:` in bold yellow.
    var warningLabel: String { warning("warning:") }
    /// `note:` in bold cyan.
    var noteLabel: String { note("note:") }

    /// `text` in bold red.
    func error(_ text: String) -> String { apply("1;31", text) }
    /// `text` in bold yellow.
    func warning(_ text: String) -> String { apply("1;33", text) }
    /// `text` in bold cyan.
    func note(_ text: String) -> String { apply("1;36", text) }
    /// `text` in green.
    func success(_ text: String) -> String { apply("32", text) }
    /// `text` in bold.
    func bold(_ text: String) -> String { apply("1", text) }
    /// `text` dimmed.
    func dim(_ text: String) -> String { apply("2", text) }

    private func apply(_ code: String, _ text: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
