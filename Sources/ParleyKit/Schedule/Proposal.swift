import CivilTime

/// The answer of `parley next`: the ranked suggestions for the next round of a series, what
/// the search covered, and why the other windows were rejected.
public struct Proposal: Sendable {
    /// The series.
    public let series: Series
    /// The number the new round gets (one more than the highest recorded), or the re-planned round's.
    public let roundNumber: Int
    /// The round the cadence counts from (the last that takes place before the search starts).
    public let previous: Round?
    /// The cadence's ideal date for the new round, when the series has a cadence and a previous round.
    public let due: LocalDate?
    /// The cadence tolerance in days.
    public let tolerance: Int
    /// The venue the hosting arrangement gives (`nil` for virtual series and undecided hosts).
    public let venue: String?
    /// Whether the round is online.
    public let isVirtual: Bool
    /// Why that host, in words.
    public let hostReason: String
    /// The stages searched, the last one being the one the suggestions and rejections come from.
    public let steps: [SearchStep]
    /// Every window that passed the hard rules in the last stage, best first (ties to the earlier date).
    public let suggestions: [Suggestion]
    /// Why the other windows of the last stage were rejected, most windows first.
    public let rejections: [RejectionGroup]
    /// Where `--write` puts the round (a new round).
    public let insertion: RoundInsertion?
    /// The round being re-planned (`--round N`), as recorded now; `nil` for a new round.
    public let replanned: Round?
    /// How `--write` changes the re-planned round's line.
    public let replacement: RoundReplacement?
    /// The first day the search could start (notice and travel days after today).
    public let earliest: EarliestStart?
    /// The `within N days after` window the search stayed inside, when one is open
    /// (see ``Scheduler/openObligation(_:plan:after:)``).
    public let obligation: Obligation?
    /// The agenda topics due at the new round (see ``Series/topicsDue(after:number:)``); its
    /// suggestions cover them, and `--write` records them (`covers …`).
    public let topicsDue: [Topic]

    /// A proposal from its parts.
    public init(
        series: Series, roundNumber: Int, previous: Round?, due: LocalDate?, tolerance: Int, venue: String?, isVirtual: Bool,
        hostReason: String, steps: [SearchStep], suggestions: [Suggestion], rejections: [RejectionGroup], insertion: RoundInsertion?,
        replanned: Round? = nil, replacement: RoundReplacement? = nil, earliest: EarliestStart? = nil, obligation: Obligation? = nil,
        topicsDue: [Topic] = []
    ) {
        self.topicsDue = topicsDue
        self.replanned = replanned
        self.replacement = replacement
        self.earliest = earliest
        self.obligation = obligation
        self.series = series
        self.roundNumber = roundNumber
        self.previous = previous
        self.due = due
        self.tolerance = tolerance
        self.venue = venue
        self.isVirtual = isVirtual
        self.hostReason = hostReason
        self.steps = steps
        self.suggestions = suggestions
        self.rejections = rejections
        self.insertion = insertion
    }

    /// The windows examined in the last stage.
    public var windowsExamined: Int { steps.last?.count ?? 0 }

    /// The number of windows rejected in the last stage.
    public var windowsRejected: Int { windowsExamined - suggestions.count }

    /// When nothing fits: what was searched, what rejected the windows, and what to relax;
    /// `hints` names the caller's own ways to search other dates. `nil` when there are suggestions.
    public func explanation(hints: ProposalHints = ProposalHints()) -> String? {
        guard suggestions.isEmpty else { return nil }
        guard let last = steps.last else {
            return "No window to search: the range of start dates is empty."
                + (hints.otherDates.map { " Give \($0) further apart." } ?? "")
        }
        var text = "No window of \(series.lastingDays) \(series.lastingDays == 1 ? "day" : "days") starting \(last.starts) fits"
        if steps.count > 1 {
            text += " (the search was widened \(steps.count - 1) \(steps.count == 2 ? "time" : "times"), the most allowed)"
        }
        text += "."
        if let top = rejections.first {
            text += " Every one breaks a hard rule; the rule that rejected the most windows is \(top.code) (\(top.sentence))."
            text += " Relax it (mark it `soft`, or change what it checks), or search other dates"
            text += (hints.otherDates.map { " with \($0)" } ?? "") + "."
        }
        return text
    }
}
