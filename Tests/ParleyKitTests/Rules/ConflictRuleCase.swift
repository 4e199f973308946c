import CivilTime
import Testing

@testable import ParleyKit

/// One table row for the conflict rules: plan files in memory, and the `file:line`s expected
/// to carry a finding of `code` (every other line must carry none).
struct ConflictRuleCase: CustomTestStringConvertible, Sendable {
    let name: String
    let code: FindingCode
    let files: [String: String]
    let expected: [String]
    var severity: Severity = .error
    var testDescription: String { name }

    /// Countries, venues and people shared by the cases (`shared.parley`). The venue cases
    /// meet at `jakarta`, declared one room (`exclusive`) so that rounds there can clash.
    static let shared = """
        country ID "Indonesia"
          timezone Asia/Jakarta
        country RU "Russia"
          timezone Europe/Moscow
          hours 08:00..17:00
        country AU "Australia"
          timezone Australia/Sydney
        country NZ "New Zealand"
          timezone Pacific/Auckland
        country US "United States"
          timezone America/New_York
        venue jakarta "Jakarta" in ID
          exclusive
        venue surabaya "Surabaya" in ID
        venue moscow "Moscow" in RU
        venue canberra "Canberra" in AU
        venue auckland "Auckland" in NZ
        venue honolulu "Honolulu" in US
          timezone Pacific/Honolulu
        person id-deputy "Deputy Minister" of ID
        person ru-deputy "Deputy Secretary" of RU
        person au-ambassador "Ambassador for Cyber Affairs" of AU
        person nz-director "Director" of NZ
        person id-early "Early riser" of ID
          hours 07:00..15:00

        """

    /// `use "shared.parley"` then `body`, as `name.parley`.
    static func file(_ body: String) -> String { "use \"shared.parley\"\n" + body }

    /// Runs `parley check` on every file of the case as of 2026-06-01.
    func run() -> (LoadedPlan, CheckResult) {
        var all = files
        all["shared.parley"] = Self.shared
        let loaded = Resolver.load(files.keys.sorted(), reader: MemoryPlanReader(all))
        let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum
        return (loaded, Checker.check(loaded, options: CheckOptions(today: today)))
    }
}
