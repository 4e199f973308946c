/// One `--option` a command accepts: its name, its values, and its help. A command lists its
/// options once; parsing, the usage line and `--help` all come from that list.
///
/// ```swift
/// OptionSpec.choice("format", ["text", "json"], "Output format (default: text).")   // --format text|json
/// OptionSpec.flag("strict", "Treat warnings as errors.")
/// OptionSpec.values("between", ["A", "B"], "Only occurrences from A up to B.")       // --between A B
/// OptionSpec.value("out", "DIR", "The folder.").required()                            // no brackets in usage
/// OptionSpec.value("count", "N", "…").exclusive("bound")                              // [--count N | --until T]
/// ```
struct OptionSpec: Hashable, Sendable {
    /// The name without its leading dashes (`format` for `--format`).
    let name: String
    /// The placeholders of the values that follow the option; empty for a flag.
    let placeholders: [String]
    /// One line (or a few sentences) for `--help`; wrapped when printed.
    let help: String
    /// Whether the usage line shows the option without brackets (the command checks it).
    private(set) var isRequired = false
    /// Options sharing a group are alternatives: `[--count N | --until DATETIME]` in the usage line.
    private(set) var group: String?
    /// The usage forms (``Command/usageForms``) the option belongs to; empty for every form.
    private(set) var forms: Set<String> = []

    /// A flag: `--name`, with no value.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: [], help: help)
    }

    /// An option with one value: `--name VALUE` or `--name=VALUE`.
    static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: [placeholder], help: help)
    }

    /// An option whose value is one of `choices`, shown as `--name a|b|c`
    /// (read it with ``ParsedOptions/choice(_:default:)``).
    static func choice(_ name: String, _ choices: [String], _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: [choices.joined(separator: "|")], help: help)
    }

    /// An option followed by several values: `--between A B` (the first may also be
    /// written `--between=A`).
    static func values(_ name: String, _ placeholders: [String], _ help: String) -> OptionSpec {
        OptionSpec(name: name, placeholders: placeholders, help: help)
    }

    /// The same option, shown without brackets in the usage line.
    func required() -> OptionSpec {
        var copy = self
        copy.isRequired = true
        return copy
    }

    /// The same option, one of the alternatives of `group`.
    func exclusive(_ group: String) -> OptionSpec {
        var copy = self
        copy.group = group
        return copy
    }

    /// The same option, shown only in the usage forms named.
    func only(in forms: String...) -> OptionSpec {
        var copy = self
        copy.forms = Set(forms)
        return copy
    }

    /// Whether the option takes no value.
    var isFlag: Bool { placeholders.isEmpty }

    /// The option as the usage line shows it: `--format text|json`.
    var usageLabel: String { (["--\(name)"] + placeholders).joined(separator: " ") }

    /// The option as `--help` shows it: `--format text|json`, `-h, --help`.
    var helpLabel: String { name == "help" ? "-h, --help" : usageLabel }

    /// `--help`, which every command accepts (handled by the runner).
    static let help = OptionSpec.flag("help", "Show this help and exit.")
    /// `--color`, which every command accepts (handled by the runner).
    static let color = OptionSpec.choice("color", ColorMode.allCases.map(\.rawValue), "Colour output: auto (default), always or never.")
}
