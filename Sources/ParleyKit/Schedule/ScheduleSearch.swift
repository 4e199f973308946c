import CivilTime

/// One search of `parley next` set up: which series and round, the stages, the host, the
/// candidate probe and where `--write` would put the result. ``Scheduler`` runs it in full
/// for a ``Proposal``; `parley check` asks it only for the first window that passes every
/// rule (``firstPassing()``), so that its suggestions are `next`'s.
struct ScheduleSearch {
    /// The series as searched: without the re-planned round.
    let series: Series
    /// The round being re-planned, as recorded.
    let replanned: Round?
    let number: Int
    let previous: Round?
    let due: LocalDate?
    let steps: [SearchStep]
    let host: (venue: String?, isVirtual: Bool, chair: String?, reason: String)
    let insertion: RoundInsertion?
    let replacement: RoundReplacement?
    let earliest: EarliestStart
    let obligation: Obligation?
    /// The topics due at a new round (``Series/topicsDue(after:number:)``); none when re-planning.
    let topicsDue: [Topic]
    var evaluation: Evaluation

    /// The search for `request` in `plan`, whose files' syntax trees are `trees` (to locate
    /// where `--write` would write). `shared` lends a check's occurrences, calendars and
    /// counted plan (of `plan` on `request.today`).
    ///
    /// - Throws: ``ScheduleError`` when the round is unknown or cannot be re-planned, the
    ///   range is empty, or a calendar file cannot be read.
    init(plan uncounted: Plan, trees: [SyntaxTree], series original: Series, request: NextRequest, shared: CandidateProbe.Shared? = nil)
        throws(ScheduleError)
    {
        let replanned = try ScheduleSearch.round(request.round, of: original)
        // Rounds over but still planned or proposed (stale) are not counted: only rounds that
        // took place or are still ahead (a stale round can itself be re-planned).
        let plan = shared?.counted ?? uncounted.counting(asOf: request.today)
        let counted = plan.seriesByID[original.id] ?? original
        let series = replanned.map { counted.removing(round: $0.number) } ?? counted
        let meetings = series.meetings
        // A re-planned round stays between the rounds around it.
        let earlier =
            replanned.map { round in meetings.filter { ($0.start.date, $0.number) < (round.start.date, round.number) } } ?? meetings
        let requested = request.after ?? Scheduler.defaultAfter(series, meetings: earlier, today: request.today, plan: plan)
        let earliest = Scheduler.earliestStart(
            series, plan: plan,
            host: ScheduleSearch.host(
                series, replanned: replanned, previous: meetings.filter { $0.start.date < requested }, plan: plan,
                declined: request.declinedBy),
            today: request.today, notice: request.notice)
        let after = max(requested, earliest.date)
        let before = request.before ?? (replanned == nil ? nil : meetings.dropFirst(earlier.count).first?.start.date)
        let previous = meetings.last { $0.start.date < after }
        let due = previous.flatMap { series.nextExpected(after: $0.start.date) }
        let anchor = due == nil ? replanned?.start.date : nil
        let latestStart = before.flatMap { $0.adding(days: -series.lastingDays) } ?? LocalDate.maximum
        guard after <= latestStart else {
            throw ScheduleError(
                .emptyRange,
                "no \(series.lastingDays)-day window starts on or after \(after) and ends before \(before.map { "\($0)" } ?? "the end of time")"
            )
        }
        let obligation = Scheduler.openObligation(series, plan: plan, after: after)
        let steps = Scheduler.searchSteps(series, due: due, anchor: anchor, after: after, latestStart: latestStart, inside: obligation)
        guard let span = steps.last?.starts else {
            throw ScheduleError(.emptyRange, "the search range is empty")
        }
        // Each start date of each stage is one probe running every rule: bounded before any runs.
        let limit = (request.reader?.limits ?? .standard).searchDays
        let work = steps.reduce(0) { total, step in total + step.starts.from.days(until: step.starts.through) + 1 }
        guard work <= limit else {
            throw ScheduleError(
                .searchTooLarge,
                "the search from \(span.from) through \(span.through) would try \(Plural.grouped(work)) start dates, "
                    + "more than the \(Plural.grouped(limit)) a search may",
                at: series.location)
        }
        let host = ScheduleSearch.host(
            series, replanned: replanned, previous: meetings.filter { $0.start.date < after }, plan: plan, declined: request.declinedBy)
        let tree = trees.first { $0.file.path == series.location.file }
        if let replanned {
            insertion = nil
            replacement = tree.flatMap { RoundReplacement.locate(replanned, in: $0) }
        } else {
            insertion = tree.flatMap { RoundInsertion.locate(series, in: $0) }
            replacement = nil
        }
        let location =
            replanned?.location ?? insertion?.candidateLocation()
            ?? SourceLocation(file: series.location.file, line: series.location.line, column: 3, offset: -1)
        let probe = CandidateProbe(
            plan: plan, series: series, span: span, rules: request.rules, today: request.today, reader: request.reader, shared: shared)
        let unreadable = (probe.busy.problems + probe.calendars.problems).filter { $0.severity == .error }
        guard unreadable.isEmpty else {
            let files = unreadable.count == 1 ? "calendar file cannot" : "calendar files cannot"
            throw ScheduleError(.invalidInput, "\(unreadable.count) \(files) be read; fix them first (parley check)", findings: unreadable)
        }
        self.series = series
        self.replanned = replanned
        // A new round's number follows every recorded one, stale rounds included.
        number = replanned?.number ?? (original.rounds.map(\.number).max() ?? 0) + 1
        self.earliest = earliest
        self.obligation = obligation
        self.previous = previous
        self.due = due
        self.steps = steps
        self.host = host
        topicsDue = replanned == nil ? series.topicsDue(after: meetings.filter { $0.start.date < after }, number: number) : []
        evaluation = Evaluation(
            plan: plan, series: series, probe: probe, due: due, anchor: anchor, number: number, host: host, location: location,
            template: replanned, covers: topicsDue, declinedBy: request.declinedBy)
    }

    /// The host of the round: ``Scheduler/chooseHost(_:previous:plan:declined:)``, except that a re-planned
    /// round of a series without a hosting arrangement stays where it is.
    private static func host(_ series: Series, replanned: Round?, previous: [Round], plan: Plan, declined: [String]) -> (
        venue: String?, isVirtual: Bool, chair: String?, reason: String
    ) {
        guard let replanned, series.hosting == nil else {
            return Scheduler.chooseHost(series, previous: previous, plan: plan, declined: declined)
        }
        let place = replanned.venue.map { "at \($0.id)" } ?? (replanned.isVirtual ? "online" : "without a venue")
        return (
            replanned.venue?.id, replanned.isVirtual, nil, "round \(replanned.number) stays \(place) (no hosting arrangement is declared)"
        )
    }

    /// The round `number` of `series` when it can be re-planned; `nil` for a new round.
    private static func round(_ number: Int?, of series: Series) throws(ScheduleError) -> Round? {
        guard let number else { return nil }
        guard let round = series.rounds.first(where: { $0.number == number }) else {
            let numbers = series.rounds.map(\.number).sorted()
            let known =
                numbers.isEmpty
                ? "it records no round"
                : "it records \(Plural.count(numbers.count, "round")) (\(numbers.map(String.init).joined(separator: ", ")))"
            throw ScheduleError(.unknownRound, "\(series.id) has no round \(number): \(known)", at: series.location)
        }
        switch round.status {
        case .held:
            throw ScheduleError(
                .notReplannable,
                "round \(number) of \(series.id) took place (held on \(round.start.date)); only a round that has not taken place can be re-planned",
                at: round.location)
        case .cancelled:
            throw ScheduleError(
                .notReplannable,
                "round \(number) of \(series.id) is cancelled; record a new round instead (parley next \(series.id) without --round)",
                at: round.location)
        case .planned, .proposed, .postponed:
            return round
        }
    }

    /// Every stage in turn until one has a suggestion: the whole answer of `parley next`.
    mutating func proposal() -> Proposal {
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
            insertion: insertion, replanned: replanned, replacement: replacement, earliest: earliest, obligation: obligation,
            topicsDue: topicsDue)
    }

    /// What `parley check` suggests for the round: the best-ranked window of the first stage
    /// that has one passing every rule (no error at all, `cadence` included), or, when no
    /// stage has one, what was searched and the `top` rules that rejected the most windows.
    mutating func firstPassing(top: Int) -> (best: Suggestion?, searched: DateWindow?, blockers: [RejectionGroup]) {
        for step in steps {
            if let best = evaluation.best(step, strict: true) { return (best, step.starts, []) }
        }
        guard let last = steps.last else { return (nil, nil, []) }
        return (nil, last.starts, evaluation.topRejections(last, strict: true, top: top))
    }
}
