import Holidays

/// What a shell may offer for one argument or option value, read from its placeholder in the
/// command's declaration (`FILE`, `SERIES-ID`, `text|json`), so completions follow the declarations.
enum CompletionValues: Hashable, Sendable {
    /// Nothing to offer (a date, a number, a rule).
    case none
    /// One of fixed words: a choice option's values, the commands, the shells, the country codes.
    case words([String])
    /// Any file.
    case files
    /// A folder.
    case directories
    /// The ids of the series in the plans of the current folder (asked of `parley completions --list series`).
    case series

    /// The values for a placeholder as the declarations spell it.
    init(placeholder: String) {
        switch placeholder {
        case _ where placeholder.contains("|"): self = .words(placeholder.split(separator: "|").map(String.init))
        case "FILE", "PATH": self = .files
        case "DIR": self = .directories
        case "SERIES-ID": self = .series
        case "COUNTRY": self = .words(Country.all.map(\.code))
        case "COMMAND": self = .words(CommandRegistry.commands.map(\.name).sorted())
        case "SHELL": self = .words(CompletionShell.allCases.map(\.rawValue))
        default: self = .none
        }
    }
}
