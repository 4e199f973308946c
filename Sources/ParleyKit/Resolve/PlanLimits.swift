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
    /// Double bookings reported per person; the rest are counted in one finding per person.
    public var findingsPerPerson: Int

    /// The defaults: 1,000 files, 16 MiB a file, 1,000,000 occurrences, 10,000 findings, 100
    /// double bookings per person.
    public static let standard = PlanLimits(
        files: 1_000, fileBytes: 16 << 20, occurrences: 1_000_000, findings: 10_000, findingsPerPerson: 100)

    /// Limits from their parts.
    public init(files: Int, fileBytes: Int, occurrences: Int, findings: Int, findingsPerPerson: Int) {
        self.files = files
        self.fileBytes = fileBytes
        self.occurrences = occurrences
        self.findings = findings
        self.findingsPerPerson = findingsPerPerson
    }
}
