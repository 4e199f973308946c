import ParleyKit

extension ParsedOptions {
    /// The reader of plan, busy and holiday files for the command-line `paths`: confined to
    /// their plan roots and to every `--allow-outside` path.
    func planReader(for paths: [String]) -> ConfinedPlanReader {
        ConfinedPlanReader(paths: paths, allowOutside: values(OptionSpec.allowOutside.name))
    }
}
