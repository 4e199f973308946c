import CivilTime

/// What a rule sees: the plan, its occurrences in the window, and the day the check runs.
public struct RuleContext: Sendable {
    /// The resolved plan.
    public let plan: Plan
    /// The occurrences in ``window``.
    public let expansion: Expansion
    /// The window findings are reported for: a rule reports a round only when it starts inside.
    public var window: DateWindow { expansion.window }
    /// Today, for "overdue" findings (passed in, so checks are reproducible).
    public let today: LocalDate
    /// The recorded rounds by person and venue, as absolute time (for the conflict rules);
    /// with a ``focus``, only the focused rounds' people and venues.
    public let index: ConflictIndex
    /// The country calendars of the plan's countries.
    public let calendars: CalendarBook
    /// The people's busy calendars, expanded over the window.
    public let busy: BusyCalendars
    /// The caps of the run (``PlanLimits/clashesEach`` bounds the double bookings reported).
    public let limits: PlanLimits
    /// The occurrences (positions in ``expansion``) whose clashes are wanted, or `nil` for
    /// all: a probe of one candidate round asks the conflict rules only for its own.
    public let focus: Set<Int>?

    /// A context from its parts.
    public init(
        plan: Plan, expansion: Expansion, today: LocalDate, busy: BusyCalendars = .none, calendars: CalendarBook? = nil,
        limits: PlanLimits = .standard, focus: Set<Int>? = nil
    ) {
        self.focus = focus
        self.limits = limits
        self.busy = busy
        self.plan = plan
        self.expansion = expansion
        self.today = today
        index = ConflictIndex(plan: plan, expansion: expansion, focus: focus)
        self.calendars = calendars ?? CalendarBook(plan: plan)
    }

    /// The note pointing at a rule line.
    static func ruleNote(_ text: String, _ location: SourceLocation) -> Finding.Note {
        Finding.Note(text, at: location)
    }
}
