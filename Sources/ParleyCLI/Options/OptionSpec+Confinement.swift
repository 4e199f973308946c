extension OptionSpec {
    /// `--allow-outside PATH` (repeatable): read plan, busy and holiday files at or under PATH
    /// although it lies outside the plan root.
    static let allowOutside = OptionSpec.value(
        "allow-outside", "PATH",
        "Also read plan, busy and holiday files at or under PATH, outside the plan root (repeatable).")
}
