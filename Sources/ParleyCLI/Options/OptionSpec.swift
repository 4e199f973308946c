/// One `--option` a command accepts: its name, whether it takes values, and its help.
///
/// ```swift
/// OptionSpec.value("format", "FORMAT", "Output format: text or json (default: text).")
/// OptionSpec.flag("strict", "Treat warnings as errors.")
/// OptionSpec.value("between", ["A", "B"], "Only occurrences from A up to B.")   // --between A B
/// ```
struct OptionSpec: Hashable, Sendable {
    /// The name without its leading dashes (`format` for `--format`).
    let name: String
    /// The placeholders of the values that follow the option; empty for a flag.
    let placeholders: [String]
    /// One line for `--help`.
    let help: String

    /// A flag: `--name`, with no value.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: [], help: help)
    }

    /// An option with one value: `--name VALUE` or `--name=VALUE`.
    static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: [placeholder], help: help)
    }

    /// An option followed by several values: `--between A B` (the first may also be
    /// written `--between=A`).
    static func values(_ name: String, _ placeholders: [String], _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: placeholders, help: help)
    }

    /// Whether the option takes no value.
    var isFlag: Bool { placeholders.isEmpty }

    /// The option as `--help` shows it: `--format FORMAT`.
    var helpLabel: String {
        let spelling = name == "help" ? "-h, --help" : "--\(name)"
        return ([spelling] + placeholders).joined(separator: " ")
    }

    /// `--help`, which every command accepts (handled by the runner).
    static let help = OptionSpec.flag("help", "Show this help and exit.")
    /// `--color`, which every command accepts (handled by the runner).
    static let color = OptionSpec.value("color", "WHEN", "Colour output: auto (default), always or never.")
}
