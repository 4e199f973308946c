import CivilTime

/// How `parley check` runs.
public struct CheckOptions: Sendable {
    /// The day the check runs (for the default window and "overdue" findings).
    public var today: LocalDate
    /// The window; the default is a year before ``today`` to three years after it.
    public var window: DateWindow
    /// Whether warnings count as errors (they are reported as errors).
    public var strict: Bool
    /// The rules to run.
    public var rules: [any PlanRule]
    /// Where people's busy calendars (`busy from "…ics"`) are read from; `nil` skips them.
    public var reader: (any PlanReader)?
    /// Whether each round with findings gets the date `parley next --round` would move it to
    /// (a search per round, the costliest step); commands that show no suggestion skip it.
    public var suggestions: Bool

    /// Options for a check on `today`.
    public init(
        today: LocalDate, window: DateWindow? = nil, strict: Bool = false, rules: [any PlanRule] = RuleCatalog.all,
        reader: (any PlanReader)? = nil, suggestions: Bool = true
    ) {
        self.suggestions = suggestions
        self.reader = reader
        self.today = today
        self.window = window ?? DateWindow.around(today)
        self.strict = strict
        self.rules = rules
    }
}
