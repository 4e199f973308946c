import CivilTime

/// `parley next` without the command line: proposes the next round of a series, ranked, with
/// reasons, by running the rules of `parley check` on the plan with each candidate added.
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
///    year (``openHorizonDays``) when `before` is not given.
/// 3. **Host.** The next venue of the alternation after the last round that named one, the
///    fixed host, or virtual. Visiting delegates (of another country than the venue's) get a
///    travel day before and after.
/// 4. **Rules.** Every rule of `parley check` runs on the plan with the candidate added as a
///    `proposed` round (see ``CandidateProbe``). Errors reject the window; warnings are costs.
/// 5. **Score.** Costs: each warning (``Cost/warningPoints``), each `cadence` error
///    accepted in a widened stage (``Cost/relaxedCadencePoints``), days from the due date
///    (one point a day), a day outside `prefer months` (``Cost/monthPoints``), each other
///    round of a delegate within three days of the window (``Cost/commitmentPoints``), each
///    event of a delegate's busy calendar in those days (``Cost/busyEventPoints``), each
///    estimated holiday of a party in those days (``Cost/nearHolidayPoints``). The lowest
///    score ranks first; ties go to the earlier date.
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

    /// The proposal for the next round of `request.seriesID` in `loaded`.
    ///
    /// - Throws: ``ScheduleError`` when the plan is malformed, the series unknown or the range empty.
    public static func propose(_ loaded: LoadedPlan, request: NextRequest) throws(ScheduleError) -> Proposal {
        let inputErrors = loaded.findings.filter { $0.severity == .error }
        guard inputErrors.isEmpty else {
            throw ScheduleError(
                .invalidInput,
                "the plans have \(inputErrors.count) input \(inputErrors.count == 1 ? "error" : "errors"); fix them first (parley check)",
                findings: inputErrors)
        }
        // Rounds over but still planned or proposed (stale) are not counted: only rounds that
        // took place or are still ahead.
        let plan = loaded.plan.counting(asOf: request.today)
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
        let meetings = series.meetings
        let requested = request.after ?? defaultAfter(series, meetings: meetings, today: request.today, plan: plan)
        let earliest = earliestStart(
            series, plan: plan, host: chooseHost(series, previous: meetings.filter { $0.start.date < requested }), today: request.today,
            notice: request.notice)
        let after = max(requested, earliest.date)
        let previous = meetings.last { $0.start.date < after }
        let due = previous.flatMap { series.nextExpected(after: $0.start.date) }
        let latestStart = request.before.flatMap { $0.adding(days: -series.lastingDays) } ?? LocalDate.maximum
        guard after <= latestStart else {
            throw ScheduleError(
                .emptyRange,
                "no \(series.lastingDays)-day window starts on or after \(after) and ends before \(request.before.map { "\($0)" } ?? "the end of time")"
            )
        }
        let obligation = openObligation(series, plan: plan, after: after)
        let steps = searchSteps(series, due: due, after: after, latestStart: latestStart, inside: obligation)
        guard let span = steps.last?.starts else {
            throw ScheduleError(.emptyRange, "the search range is empty")
        }
        let number = (loaded.plan.seriesByID[series.id] ?? series).rounds.map(\.number).max().map { $0 + 1 } ?? 1
        let host = chooseHost(series, previous: meetings.filter { $0.start.date < after })
        let tree = loaded.trees.first { $0.file.path == series.location.file }
        let insertion = tree.flatMap { RoundInsertion.locate(series, in: $0) }
        let location =
            insertion?.candidateLocation() ?? SourceLocation(file: series.location.file, line: series.location.line, column: 3, offset: -1)
        let probe = CandidateProbe(
            plan: plan, series: series, span: span, rules: request.rules, today: request.today, reader: request.reader)
        let unreadable = (probe.busy.problems + probe.calendars.problems).filter { $0.severity == .error }
        guard unreadable.isEmpty else {
            let files = unreadable.count == 1 ? "calendar file cannot" : "calendar files cannot"
            throw ScheduleError(.invalidInput, "\(unreadable.count) \(files) be read; fix them first (parley check)", findings: unreadable)
        }
        var evaluation = Evaluation(plan: plan, series: series, probe: probe, due: due, number: number, host: host, location: location)

        var suggestions: [Suggestion] = []
        var rejections: [RejectionGroup] = []
        var searched: [SearchStep] = []
        for step in steps {
            searched.append(step)
            (suggestions, rejections) = evaluation.search(step)
            if !suggestions.isEmpty { break }
        }
        return Proposal(
            series: series, roundNumber: number, previous: previous, due: due, tolerance: series.cadenceTolerance, venue: host.venue,
            isVirtual: host.isVirtual, hostReason: host.reason, steps: searched, suggestions: suggestions, rejections: rejections,
            insertion: insertion, earliest: earliest, obligation: obligation)
    }

    /// The day after the last recorded round that takes place ends, or `today` when later.
    static func defaultAfter(_ series: Series, meetings: [Round], today: LocalDate, plan: Plan) -> LocalDate {
        let ends = meetings.compactMap { RoundTime.of($0, in: series, plan: plan)?.lastDay.adding(days: 1) }
        guard let end = ends.max() else { return today }
        return max(end, today)
    }

    /// The stages of the search (see the type's documentation).
    static func searchSteps(_ series: Series, due: LocalDate?, after: LocalDate, latestStart: LocalDate) -> [SearchStep] {
        guard let due else {
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

    /// The host of the new round and why.
    static func chooseHost(_ series: Series, previous: [Round]) -> (venue: String?, isVirtual: Bool, reason: String) {
        guard let hosting = series.hosting else {
            return (nil, false, "no hosting arrangement is declared, so no venue is proposed")
        }
        switch hosting.mode {
        case .virtual:
            return (nil, true, "the series is virtual")
        case .fixed(let venue):
            return (venue.id, false, "\(venue.id) is the series' fixed host")
        case .alternate(let venues):
            let last = previous.last { $0.venue != nil }
            let next = series.expectedVenue(after: last?.venue?.id) ?? venues.first?.id
            guard let last, let lastVenue = last.venue?.id else {
                return (next, false, "\(next ?? "") opens the alternation \(venues.map(\.id).joined(separator: " → "))")
            }
            return (
                next, false,
                "\(next ?? "") follows \(lastVenue) (round \(last.number)) in the alternation \(venues.map(\.id).joined(separator: " → "))"
            )
        }
    }
}
