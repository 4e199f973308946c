import CivilTime

/// `parley next` without the command line: proposes the next round of a series (or a new date
/// for a recorded round), ranked, with reasons, by running the rules of `parley check` on the
/// plan with each candidate added.
///
/// The search:
/// 1. **Start.** Windows start on or after `after`: by default the day after the last
///    recorded round (that takes place) ends, or today when that is later or nothing is
///    recorded. With `before`, windows must end before it.
/// 2. **Horizon.** With a cadence, stage 0 tries start dates within the due date (one
///    period after the last round before `after`, pauses honoured) ± the cadence tolerance.
///    When nothing fits, each further stage widens that by ``wideningDays(for:)`` on each
///    side, at most ``maximumWidenings`` times; from stage 1 on, `cadence` findings are costs,
///    not rejections. If `after` is past the due date, the horizon is centred on `after`.
///    If `after` and `before` leave no day of any stage, the one stage is what they allow
///    (up to `before`), with `cadence` findings as costs.
///    Without a cadence (or a previous round), one stage covers `after` to `before`, or a
///    year (``openHorizonDays``) when `before` is not given; for a re-planned round, a year
///    either side of its current date (within `after` and `before`).
/// 1a. **Re-planning** (`round`). The search runs on the series without that round: `after`
///    defaults to the day after the round before it ends (or today), `before` to the next
///    round's first day, and without a due date the distance is counted from the round's
///    current date. The candidate keeps the round's number, time of day, notes and
///    acknowledgements.
/// 3. **Host.** The next venue of the alternation after the last round that named one, the
///    fixed host, or virtual. Visiting delegates (of another country than the venue's) get a
///    travel day before and after.
/// 4. **Rules.** Every rule of `parley check` runs on the plan with the candidate added as a
///    `proposed` round (see ``CandidateProbe``). Errors reject the window; warnings are costs.
/// 5. **Score.** Costs: each warning (``Cost/warningPoints``), each `cadence` error
///    accepted in a widened stage (``Cost/relaxedCadencePoints``), days from the due date
///    (one point a day; for a re-planned round without one, from its current date), a day
///    outside `prefer months` (``Cost/monthPoints``), each other round of a delegate within
///    three days of the window (``Cost/commitmentPoints``), each event of a delegate's busy
///    calendar in those days (``Cost/busyEventPoints``), each estimated holiday of a party in
///    those days (``Cost/nearHolidayPoints``). The lowest score ranks first; ties go to the
///    earlier date.
///
/// - Complexity: O(*w* · *c*) for *w* windows and *c* the cost of the rules on one narrow
///   context, plus one expansion of the plan over the search span.
public enum Scheduler {
    /// How many times the horizon is widened when nothing fits.
    public static let maximumWidenings = 4
    /// How long the search runs without a cadence and without `before`.
    public static let openHorizonDays = 365

    /// How much each widening adds on each side: the tolerance, at least 14 days.
    public static func wideningDays(for series: Series) -> Int { max(series.cadenceTolerance, 14) }

    /// The proposal for the next round of `request.seriesID` in `loaded` (or, with
    /// `request.round`, for that round re-planned).
    ///
    /// - Throws: ``ScheduleError`` when the plan is malformed, the series or round unknown,
    ///   the round took place, or the range empty.
    public static func propose(_ loaded: LoadedPlan, request: NextRequest) throws(ScheduleError) -> Proposal {
        let inputErrors = loaded.findings.filter { $0.severity == .error }
        guard inputErrors.isEmpty else {
            throw ScheduleError(
                .invalidInput,
                "the plans have \(inputErrors.count) input \(inputErrors.count == 1 ? "error" : "errors"); fix them first (parley check)",
                findings: inputErrors)
        }
        let plan = loaded.plan
        guard let series = plan.seriesByID[request.seriesID] else {
            let ids = plan.series.map(\.id)
            var message = "unknown series '\(request.seriesID)'"
            if let best = Spelling.closest(to: request.seriesID, among: ids, limit: 1).first {
                message += "; did you mean '\(best)'?"
            } else {
                message += ids.isEmpty ? "; the plans declare no series" : "; expected one of: " + ids.prefix(8).joined(separator: ", ")
            }
            throw ScheduleError(.unknownSeries, message)
        }
        try checkDeclines(request, of: series, in: plan)
        var search = try ScheduleSearch(plan: plan, trees: loaded.trees, series: series, request: request)
        return search.proposal()
    }

    /// Throws unless every country in `request.declinedBy` is declared and a member of
    /// `series` (``Series/members(in:)``), some member is left to chair, and no round is
    /// re-planned (its own `declined by` lines stand).
    static func checkDeclines(_ request: NextRequest, of series: Series, in plan: Plan) throws(ScheduleError) {
        guard !request.declinedBy.isEmpty else { return }
        if let round = request.round {
            throw ScheduleError(
                .invalidInput,
                "a re-planned round keeps its own 'declined by' lines; to record a decline, add 'declined by \(request.declinedBy.joined(separator: " "))' under round \(round) of \(series.id)"
            )
        }
        let members = series.members(in: plan)
        for id in request.declinedBy {
            guard plan.countriesByID[id] != nil else {
                let known = plan.countries.map(\.id)
                var message = "unknown country '\(id)' declining the round of \(series.id)"
                if let best = Spelling.closest(to: id, among: known, limit: 1).first { message += "; did you mean '\(best)'?" }
                throw ScheduleError(.invalidInput, message)
            }
            guard members.contains(id) else {
                var message =
                    "\(id) cannot decline a round of \(series.id): it is not one of its members (\(members.joined(separator: ", ")))"
                if let best = Spelling.closest(to: id, among: members, limit: 1).first { message += "; did you mean '\(best)'?" }
                throw ScheduleError(.invalidInput, message, at: series.location)
            }
        }
        if series.rotationOrder(in: plan) != nil, Set(members).isSubset(of: request.declinedBy) {
            throw ScheduleError(
                .invalidInput,
                "every member of \(series.id) declines the round: \(members.joined(separator: ", ")); none is left to chair it",
                at: series.location)
        }
    }

    /// The day after the last recorded round that takes place ends, or `today` when later.
    static func defaultAfter(_ series: Series, meetings: [Round], today: LocalDate, plan: Plan) -> LocalDate {
        let ends = meetings.compactMap { RoundTime.of($0, in: series, plan: plan)?.lastDay.adding(days: 1) }
        guard let end = ends.max() else { return today }
        return max(end, today)
    }

    /// The stages of the search (see the type's documentation).
    static func searchSteps(_ series: Series, due: LocalDate?, anchor: LocalDate? = nil, after: LocalDate, latestStart: LocalDate)
        -> [SearchStep]
    {
        guard let due else {
            // A re-planned round without a due date: a year either side of its current date.
            if let anchor, let low = anchor.adding(days: -openHorizonDays), let high = anchor.adding(days: openHorizonDays),
                max(low, after) <= min(high, latestStart)
            {
                return [
                    SearchStep(index: 0, starts: DateWindow(from: max(low, after), through: min(high, latestStart)), relaxesCadence: false)
                ]
            }
            let end = latestStart < .maximum ? latestStart : (after.adding(days: openHorizonDays - 1) ?? latestStart)
            return [SearchStep(index: 0, starts: DateWindow(from: after, through: end), relaxesCadence: false)]
        }
        let centre = max(due, after)
        let tolerance = series.cadenceTolerance
        let widening = wideningDays(for: series)
        var steps: [SearchStep] = []
        for index in 0...maximumWidenings {
            let reach = tolerance + index * widening
            guard let low = centre.adding(days: -reach), let high = centre.adding(days: reach) else { break }
            let from = max(low, after)
            let through = min(high, latestStart)
            guard from <= through else { continue }
            let window = DateWindow(from: from, through: through)
            if let last = steps.last, last.starts == window { continue }
            steps.append(SearchStep(index: index, starts: window, relaxesCadence: index > 0))
        }
        if steps.isEmpty {
            // --after/--before exclude every stage: search what they allow, cadence relaxed.
            let end = latestStart < .maximum ? latestStart : (after.adding(days: openHorizonDays - 1) ?? latestStart)
            steps.append(SearchStep(index: 0, starts: DateWindow(from: after, through: end), relaxesCadence: true))
        }
        return steps
    }

    /// The host of the new round and why; a rotation passes over the members in `declined`.
    static func chooseHost(_ series: Series, previous: [Round], plan: Plan, declined: [String] = []) -> (
        venue: String?, isVirtual: Bool, chair: String?, reason: String
    ) {
        guard let hosting = series.hosting else {
            return (nil, false, nil, "no hosting arrangement is declared, so no venue is proposed")
        }
        switch hosting.mode {
        case .virtual:
            return (nil, true, nil, "the series is virtual")
        case .rotate:
            guard let order = series.rotationOrder(in: plan),
                let next = series.nextChair(after: previous, in: plan, passingOver: Set(declined))
            else {
                return (nil, false, nil, "the chair rotates among the members; the venue is the chair's to choose")
            }
            let name = plan.countriesByID[next.chair].map { " (\($0.name))" } ?? ""
            let turn = next.after.map { "follows \($0.chair) (round \($0.round.number))" } ?? "opens"
            let passed = declined.isEmpty ? "" : ", with \(Plural.list(declined)) declining"
            return (
                nil, false, next.chair,
                "\(next.chair)\(name) chairs: it \(turn) in the rotation \(order.joined(separator: " → "))\(passed); the venue is the chair's to choose"
            )
        case .fixed(let venue):
            return (venue.id, false, nil, "\(venue.id) is the series' fixed host")
        case .alternate(let venues):
            let last = previous.last { $0.venue != nil }
            let next = series.expectedVenue(after: last?.venue?.id) ?? venues.first?.id
            guard let last, let lastVenue = last.venue?.id else {
                return (next, false, nil, "\(next ?? "") opens the alternation \(venues.map(\.id).joined(separator: " → "))")
            }
            return (
                next, false, nil,
                "\(next ?? "") follows \(lastVenue) (round \(last.number)) in the alternation \(venues.map(\.id).joined(separator: " → "))"
            )
        }
    }
}
