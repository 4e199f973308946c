/// The caps that keep one run linear in its input, however hostile the plans: a plan proposed
/// by a stranger cannot exhaust the memory or the time of the machine checking it. Each cap
/// that a real plan could reach has a command-line option to raise it (README, "Security").
public struct PlanLimits: Hashable, Sendable {
    /// Plan files loaded in one run (each counted once, by identity): `--max-files`.
    public var files: Int
    /// Bytes of one plan or calendar file: `--max-file-size` (in MiB).
    public var fileBytes: Int
    /// Occurrences of all busy calendars and holiday feeds of one check together, in its
    /// window: `--max-occurrences`.
    public var occurrences: Int
    /// Findings one check reports; the rest are counted in one closing finding: `--max-findings`.
    public var findings: Int
    /// Clashes reported for each person (double bookings) and each venue (rounds at once);
    /// the rest are counted in one finding per person or venue.
    public var clashesEach: Int
    /// Start dates one `next` search may try, over all its stages (each runs every rule on the
    /// plan with a candidate): `--max-search-days`.
    public var searchDays: Int
    /// Rounds with findings for which one check searches the date `next --round` would move
    /// them to (a search each); the rest name the `next` command instead: `--max-suggestions`.
    public var suggestions: Int

    /// The defaults: 1,000 files, 16 MiB a file, 1,000,000 occurrences, 10,000 findings, 100
    /// clashes per person or venue, 10,000 start dates searched by `next` (ten years of days
    /// with room for the widened stages), 100 rounds given a date by `check`.
    public static let standard = PlanLimits(
        files: 1_000, fileBytes: 16 << 20, occurrences: 1_000_000, findings: 10_000, clashesEach: 100, searchDays: 10_000,
        suggestions: 100)

    /// Limits from their parts.
    public init(files: Int, fileBytes: Int, occurrences: Int, findings: Int, clashesEach: Int, searchDays: Int, suggestions: Int) {
        self.suggestions = suggestions
        self.files = files
        self.fileBytes = fileBytes
        self.occurrences = occurrences
        self.findings = findings
        self.clashesEach = clashesEach
        self.searchDays = searchDays
    }
}
