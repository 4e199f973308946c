import CivilTime
import ParleyKit

/// One fuzzing input for the plan reader: `bytes` (decoded as UTF-8, bad bytes replaced) as the
/// only plan file, loaded (parsed and resolved) and checked with every rule on a fixed day, as
/// `parley check` does. A crash, a sanitizer report or a hang is the finding; findings are
/// expected answers.
public enum PlanReaderHarness {
    /// The day every check runs on.
    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? LocalDate.minimum

    /// Loads and checks `bytes`; returns how many findings the check made.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        let loaded = Resolver.load(["fuzz.parley"], reader: MemoryPlanReader(["fuzz.parley": text]))
        return Checker.check(loaded, options: CheckOptions(today: today)).findings.count
    }
}
