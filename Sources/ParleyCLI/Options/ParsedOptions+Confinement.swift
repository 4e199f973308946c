import ParleyKit

extension ParsedOptions {
    /// The reader of plan, busy and holiday files for the command-line `paths`: confined to
    /// their plan roots and to every `--allow-outside` path, within the limits the command
    /// line sets (`--max-files`, `--max-file-size`, and for `check` `--max-occurrences` and
    /// `--max-findings`).
    ///
    /// - Throws: ``UsageError`` for a limit that is not a whole number in range.
    func planReader(for paths: [String]) throws(UsageError) -> ConfinedPlanReader {
        var limits = PlanLimits.standard
        if let files = try integer(OptionSpec.maxFiles.name, in: 1...10_000_000) { limits.files = files }
        if let mebibytes = try integer(OptionSpec.maxFileSize.name, in: 1...65_536) { limits.fileBytes = mebibytes << 20 }
        if declares(OptionSpec.maxOccurrences.name), let count = try integer(OptionSpec.maxOccurrences.name, in: 1...1_000_000_000) {
            limits.occurrences = count
        }
        if declares(OptionSpec.maxFindings.name), let count = try integer(OptionSpec.maxFindings.name, in: 1...1_000_000_000) {
            limits.findings = count
        }
        return ConfinedPlanReader(paths: paths, allowOutside: values(OptionSpec.allowOutside.name), limits: limits)
    }
}
