/// The rules `parley check` runs, and lookup by code for `--explain`.
public enum RuleCatalog {
    /// Every rule, in the order they are documented.
    public static let all: [any PlanRule] = [
        InputRule(), CadenceRule(), GapRule(), HostRule(), OrderRule(), ObligationRule(), StaleRule(), BlackoutRule(),
        HolidayRule(), WeekendRule(), ObservanceRule(), DoubleBookedRule(), TravelRule(), VenueRule(), BusyRule(), HoursRule(),
    ]

    /// The rule with `code`, or `nil`.
    public static func rule(_ code: String) -> (any PlanRule)? {
        all.first { $0.code.rawValue == code }
    }

    /// `parley check --explain CODE` text: the code, the summary and the explanation; or
    /// `nil` for an unknown code.
    public static func explain(_ code: String) -> String? {
        guard let rule = rule(code) else { return nil }
        return "\(rule.code): \(rule.summary)\n\n\(rule.explanation)\n"
    }
}
