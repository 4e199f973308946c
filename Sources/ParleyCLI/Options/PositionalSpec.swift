/// A positional argument: its placeholder, how many times it may appear, and its help.
struct PositionalSpec: Hashable, Sendable {
    /// How many times the argument may be given.
    enum Arity: Hashable, Sendable {
        /// Exactly once: `TZID`.
        case required
        /// At most once: `[COMMAND]`.
        case optional
        /// Any number of times: `[PATH...]`.
        case repeated
    }

    /// The placeholder (`TZID`).
    let name: String
    /// One line for `--help`; wrapped when printed.
    let help: String
    /// How many times the argument may be given.
    let arity: Arity
    /// The argument as the usage line shows it, when not derived from ``arity`` (`[YEAR | FROM TO]`).
    private let customUsage: String?
    /// The usage forms (``Command/usageForms``) the argument belongs to; empty for every form.
    let forms: Set<String>

    /// A positional argument named `name`.
    init(_ name: String, _ help: String, _ arity: Arity = .required, usage: String? = nil, only forms: Set<String> = []) {
        self.name = name
        self.help = help
        self.arity = arity
        customUsage = usage
        self.forms = forms
    }

    /// The argument in the usage line: `TZID`, `[COMMAND]`, `[PATH...]`.
    var usageLabel: String {
        if let customUsage { return customUsage }
        switch arity {
        case .required: return name
        case .optional: return "[\(name)]"
        case .repeated: return "[\(name)...]"
        }
    }
}
