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
    /// The recorded rounds by person and venue, as absolute time (for the conflict rules).
    public let index: ConflictIndex
    /// The country calendars of the plan's countries.
    public let calendars: CalendarBook
    /// The people's busy calendars, expanded over the window.
    public let busy: BusyCalendars
    /// Whether findings carry "move the round to …" suggestions. `parley next` turns them off:
    /// it only needs to know whether a window is rejected, and finding the nearest clean date
    /// for every rejected window would cost more than the check itself.
    public let suggests: Bool
    /// The caps of the run (``PlanLimits/clashesEach`` bounds the double bookings reported).
    public let limits: PlanLimits

    /// A context from its parts.
    public init(
        plan: Plan, expansion: Expansion, today: LocalDate, busy: BusyCalendars = .none, calendars: CalendarBook? = nil,
        suggests: Bool = true, limits: PlanLimits = .standard
    ) {
        self.limits = limits
        self.busy = busy
        self.suggests = suggests
        self.plan = plan
        self.expansion = expansion
        self.today = today
        index = ConflictIndex(plan: plan, expansion: expansion)
        self.calendars = calendars ?? CalendarBook(plan: plan)
    }

    /// The nearest clean starts around `date` (``NearestClean/search(around:limit:isClean:)``),
    /// or none without searching when the context does not want suggestions.
    func nearestClean(around date: LocalDate, isClean: (LocalDate) -> Bool) -> NearestClean {
        suggests ? NearestClean.search(around: date, isClean: isClean) : NearestClean.none
    }

    /// The note pointing at a rule line.
    static func ruleNote(_ text: String, _ location: SourceLocation) -> Finding.Note {
        Finding.Note(text, at: location)
    }
}
