/// A positional argument as `--help` describes it.
struct PositionalSpec: Hashable, Sendable {
    /// The placeholder in the usage line (`TZID`).
    let name: String
    /// One line for `--help`.
    let help: String

    /// A positional argument named `name`.
    init(_ name: String, _ help: String) {
        self.name = name
        self.help = help
    }
}
