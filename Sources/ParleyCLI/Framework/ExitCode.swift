/// How a `parley` run ended, as the process exit status that CI reads.
///
/// The contract, printed by `parley --help` (each command's `--help` says what the codes
/// mean for it):
///
/// | code | meaning |
/// |---|---|
/// | 0 | success: nothing to report |
/// | 1 | findings: the command ran and found something to fix |
/// | 2 | the input or the command line is invalid |
enum ExitCode: Int32, Hashable, Sendable, CaseIterable {
    /// Exit status 0: the command did its work and found nothing to report.
    case success = 0
    /// Exit status 1: the command ran and found something the user must fix.
    case findings = 1
    /// Exit status 2: the command line or an input file could not be understood.
    case invalidInput = 2

    /// One line explaining the code, as `parley --help` lists it.
    var meaning: String {
        switch self {
        case .success: "success: nothing to report"
        case .findings: "findings: the command ran and found something to fix (see the command's --help)"
        case .invalidInput: "the input or the command line is invalid"
        }
    }
}
