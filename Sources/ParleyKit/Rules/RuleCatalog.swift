/// The rules `parley check` runs, and lookup by code for `--explain`.
public enum RuleCatalog {
    /// Every rule, in the order they are documented.
    public static let all: [any PlanRule] = [
        InputRule(), CadenceRule(), GapRule(), HostRule(), OrderRule(), ObligationRule(), StaleRule(), AgendaRule(),
        BlackoutRule(),
        HolidayRule(), WeekendRule(), ObservanceRule(), DoubleBookedRule(), TravelRule(), VenueRule(), BusyRule(), HoursRule(),
    ]

    /// The rule with `code`, or `nil`.
    public static func rule(_ code: String) -> (any PlanRule)? {
        all.first { $0.code.rawValue == code }
    }

    /// What every rule's finding at a round suggests, the same for all rules.
    static let suggestions = """
        Suggestion: a round with findings that has not taken place gets one suggestion, the \
        same on each of its findings: the date `parley next SERIES --round N` ranks best \
        among those where the round, moved there, passes every rule of the plan (with the \
        venue, when the hosting arrangement wants another), or, when no date does, what was \
        searched and the rules that reject the most dates. Held and cancelled rounds get none.
        """

    /// `parley check --explain CODE` text: the code, the summary and the explanation (and,
    /// for rules about rounds, how their suggestion is found); or `nil` for an unknown code.
    public static func explain(_ code: String) -> String? {
        guard let rule = rule(code) else { return nil }
        let suggestion = rule.code == .input ? "" : "\n\(suggestions)\n"
        return "\(rule.code): \(rule.summary)\n\n\(rule.explanation)\n" + suggestion
    }
}
