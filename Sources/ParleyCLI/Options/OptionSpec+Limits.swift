extension OptionSpec {
    /// `--max-files N`: how many plan files one run may load (``PlanLimits/files``).
    static let maxFiles = OptionSpec.value("max-files", "N", "Load at most N plan files (default 1,000).")
    /// `--max-file-size MIB`: how large one plan or calendar file may be (``PlanLimits/fileBytes``).
    static let maxFileSize = OptionSpec.value("max-file-size", "MIB", "Read plan and calendar files of at most MIB MiB (default 16).")
    /// `--max-occurrences N`: occurrences of all busy and holiday calendars of a check together.
    static let maxOccurrences = OptionSpec.value(
        "max-occurrences", "N", "Expand the busy and holiday calendars to at most N occurrences in all (default 1,000,000).")
    /// `--max-findings N`: findings reported by one check; the rest are counted.
    static let maxFindings = OptionSpec.value("max-findings", "N", "Report at most N findings; count the rest (default 10,000).")
    /// `--max-search-days N`: start dates one `next` search may try (``PlanLimits/searchDays``).
    static let maxSearchDays = OptionSpec.value(
        "max-search-days", "N", "Try at most N start dates in all the search's stages (default 10,000).")

    /// `--max-suggestions N`: rounds with findings `check` searches a date for (``PlanLimits/suggestions``).
    static let maxSuggestions = OptionSpec.value(
        "max-suggestions", "N", "Search a date for at most N rounds with findings; name the next command for the rest (default 100).")

    /// The limits every command that loads plans takes.
    static let inputLimits: [OptionSpec] = [.maxFiles, .maxFileSize]
}
