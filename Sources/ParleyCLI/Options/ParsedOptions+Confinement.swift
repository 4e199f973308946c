import ParleyKit

extension ParsedOptions {
    /// The reader of plan, busy and holiday files for the command-line `paths`: confined to
    /// their plan roots and to every `--allow-outside` path, within the limits the command
    /// line sets (`--max-files`, `--max-file-size`, for `check` `--max-occurrences` and
    /// `--max-findings` and `--max-suggestions`, for `next` `--max-search-days`).
    ///
    /// - Throws: ``UsageError`` for a limit that is not a whole number in range.
    func planReader(for paths: [String]) throws(UsageError) -> ConfinedPlanReader {
        ConfinedPlanReader(paths: paths, allowOutside: values(OptionSpec.allowOutside.name), limits: try planLimits())
    }

    /// The limits the command line sets (`--max-files`, `--max-file-size`, and for `check`
    /// `--max-occurrences` and `--max-findings`), the standard ones otherwise.
    ///
    /// - Throws: ``UsageError`` for a limit that is not a whole number in range.
    func planLimits() throws(UsageError) -> PlanLimits {
        var limits = PlanLimits.standard
        if let files = try integer(OptionSpec.maxFiles.name, in: 1...10_000_000) { limits.files = files }
        if let mebibytes = try integer(OptionSpec.maxFileSize.name, in: 1...65_536) { limits.fileBytes = mebibytes << 20 }
        if declares(OptionSpec.maxOccurrences.name), let count = try integer(OptionSpec.maxOccurrences.name, in: 1...1_000_000_000) {
            limits.occurrences = count
        }
        if declares(OptionSpec.maxFindings.name), let count = try integer(OptionSpec.maxFindings.name, in: 1...1_000_000_000) {
            limits.findings = count
        }
        if declares(OptionSpec.maxSuggestions.name), let count = try integer(OptionSpec.maxSuggestions.name, in: 0...1_000_000_000) {
            limits.suggestions = count
        }
        if declares(OptionSpec.maxSearchDays.name), let days = try integer(OptionSpec.maxSearchDays.name, in: 1...100_000_000) {
            limits.searchDays = days
        }
        return limits
    }
}
