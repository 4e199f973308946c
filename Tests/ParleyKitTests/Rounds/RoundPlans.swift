import CivilTime

@testable import ParleyKit

/// Plans a desk would write, for the `rounds` and `diff` tests. Weekdays checked with Python's
/// `datetime.date.fromisoformat(…).strftime('%A')`: 2025-03-11, 2026-03-10, 2026-04-14,
/// 2026-05-12 are Tuesdays; 2026-03-14 is a Saturday.
enum RoundPlans {
    static let places = """
        country ID "Indonesia"
          timezone Asia/Jakarta
          weekend sat sun
        country JP "Japan"
          timezone Asia/Tokyo
          weekend sat sun
        venue jakarta "Jakarta" in ID
        venue tokyo "Tokyo" in JP
        person id-desk "Japan desk" of ID
        person jp-desk "Indonesia desk" of JP

        """

    static let dialogue = """
        dialogue id-jp "Indonesia–Japan dialogue"
          partners ID JP
          every 12 months
          hosts alternate jakarta tokyo
          delegates id-desk jp-desk
          round 1 on 2025-03-11 at jakarta held
          round 2 on 2026-03-10 at tokyo planned "agenda: maritime, =cyber"

        """

    static let exchange = """
        exchange id-jp-x "Capacity exchange"
          partners ID JP
          round 1 on 2026-05-12 at jakarta planned

        """

    /// The day the tests run as of.
    static let today = LocalDate(year: 2026, month: 6, day: 1) ?? .minimum

    /// `files` loaded (every file named), as `parley` loads a folder.
    static func load(_ files: [String: String]) -> LoadedPlan {
        Resolver.load(files.keys.sorted(), reader: MemoryPlanReader(files))
    }

    /// Every rule but `stale` (its own suite tests it): these plans keep rounds before
    /// ``today`` `planned`, so that their findings stay the ones each test is about.
    static let rules = RuleCatalog.all.filter { $0.code != .stale }

    /// `files` loaded and checked as of ``today``.
    static func snapshot(_ files: [String: String]) -> PlanSnapshot {
        PlanSnapshot(load(files), options: CheckOptions(today: today, rules: rules))
    }
}
