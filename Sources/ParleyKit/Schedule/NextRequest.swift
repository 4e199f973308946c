import CivilTime

/// What `parley next` is asked: which series, from when, until when, and how many answers.
public struct NextRequest: Sendable {
    /// The series to plan the next round of.
    public var seriesID: String
    /// A recorded round to re-plan (`--round N`) instead of proposing a new one: the search
    /// runs as if the round were not there, and keeps its number, notes and acknowledgements.
    public var round: Int?
    /// Today, for the default start of the search (passed in so that tests are reproducible).
    public var today: LocalDate
    /// The first day a round may start; by default the day after the last recorded round ends
    /// (for a re-planned round, the last one before it), or ``today`` when that is later or no
    /// round is recorded.
    public var after: LocalDate?
    /// Rounds must end before this day, when given (for a re-planned round, by default the
    /// first day of the next round that takes place).
    public var before: LocalDate?
    /// The rules a window must pass: those of `parley check` unless a caller narrows them.
    public var rules: [any PlanRule]
    /// Where people's busy calendars (`busy from "…ics"`) and countries' holiday feeds
    /// (`holidays from "…ics"`) are read from, as `parley check` reads them; `nil` skips them.
    public var reader: (any PlanReader)?
    /// Days of notice before the first travel day (`--notice N`); `nil` for the series'
    /// `notice N days`, else ``Series/defaultNoticeDays``.
    public var notice: Int?
    /// Members that decline the new round (`declined by XX` under it): a rotation passes
    /// over them for its chair, and `--write` records them. Empty when re-planning.
    public var declinedBy: [String]

    /// A request for the next round of `seriesID` as of `today`.
    public init(
        seriesID: String, today: LocalDate, round: Int? = nil, after: LocalDate? = nil, before: LocalDate? = nil,
        rules: [any PlanRule] = RuleCatalog.all, reader: (any PlanReader)? = nil, notice: Int? = nil, declinedBy: [String] = []
    ) {
        self.notice = notice
        self.declinedBy = declinedBy
        self.seriesID = seriesID
        self.round = round
        self.today = today
        self.after = after
        self.before = before
        self.rules = rules
        self.reader = reader
    }
}
