import CivilTime

/// What `parley next` is asked: which series, from when, until when, and how many answers.
public struct NextRequest: Sendable {
    /// The series to plan the next round of.
    public var seriesID: String
    /// Today, for the default start of the search (passed in so that tests are reproducible).
    public var today: LocalDate
    /// The first day a round may start; by default the day after the last recorded round ends,
    /// or ``today`` when that is later or no round is recorded.
    public var after: LocalDate?
    /// Rounds must end before this day, when given.
    public var before: LocalDate?
    /// The rules a window must pass: those of `parley check` unless a caller narrows them.
    public var rules: [any PlanRule]
    /// Where people's busy calendars (`busy from "…ics"`) and countries' holiday feeds
    /// (`holidays from "…ics"`) are read from, as `parley check` reads them; `nil` skips them.
    public var reader: (any PlanReader)?
    /// Days of notice before the first travel day (`--notice N`); `nil` for the series'
    /// `notice N days`, else ``Series/defaultNoticeDays``.
    public var notice: Int?

    /// A request for the next round of `seriesID` as of `today`.
    public init(
        seriesID: String, today: LocalDate, after: LocalDate? = nil, before: LocalDate? = nil, rules: [any PlanRule] = RuleCatalog.all,
        reader: (any PlanReader)? = nil, notice: Int? = nil
    ) {
        self.notice = notice
        self.seriesID = seriesID
        self.today = today
        self.after = after
        self.before = before
        self.rules = rules
        self.reader = reader
    }
}
