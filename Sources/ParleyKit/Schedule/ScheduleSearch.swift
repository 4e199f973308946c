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
    let host: (venue: String?, isVirtual: Bool, reason: String)
    let insertion: RoundInsertion?
    let replacement: RoundReplacement?
    private(set) var evaluation: Evaluation

    /// The search for `request` in `plan`, whose files' syntax trees are `trees` (to locate
    /// where `--write` would write). `shared` lends a check's occurrences and calendars.
    ///
    /// - Throws: ``ScheduleError`` when the round is unknown or cannot be re-planned, the
    ///   range is empty, or a calendar file cannot be read.
    init(plan: Plan, trees: [SyntaxTree], series original: Series, request: NextRequest, shared: CandidateProbe.Shared? = nil)
        throws(ScheduleError)
    {
        let replanned = try ScheduleSearch.round(request.round, of: original)
        let series = replanned.map { original.removing(round: $0.number) } ?? original
        let meetings = series.meetings
        // A re-planned round stays between the rounds around it.
        let earlier =
            replanned.map { round in meetings.filter { ($0.start.date, $0.number) < (round.start.date, round.number) } } ?? meetings
        let after = request.after ?? Scheduler.defaultAfter(series, meetings: earlier, today: request.today, plan: plan)
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
        let steps = Scheduler.searchSteps(series, due: due, anchor: anchor, after: after, latestStart: latestStart)
        guard let span = steps.last?.starts else {
            throw ScheduleError(.emptyRange, "the search range is empty")
        }
        let tree = trees.first { $0.file.path == series.location.file }
        var host = Scheduler.chooseHost(series, previous: meetings.filter { $0.start.date < after })
        if let replanned, series.hosting == nil {
            let place = replanned.venue.map { "at \($0.id)" } ?? (replanned.isVirtual ? "online" : "without a venue")
            host = (
                replanned.venue?.id, replanned.isVirtual, "round \(replanned.number) stays \(place) (no hosting arrangement is declared)"
            )
        }
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
        number = replanned?.number ?? (series.rounds.map(\.number).max() ?? 0) + 1
        self.previous = previous
        self.due = due
        self.steps = steps
        self.host = host
        evaluation = Evaluation(
            plan: plan, series: series, probe: probe, due: due, anchor: anchor, number: number, host: host, location: location,
            template: replanned)
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
            insertion: insertion, replanned: replanned, replacement: replacement)
    }

    /// What `parley check` suggests for the round: the best-ranked window of the first stage
    /// that has one passing every rule (no error at all, `cadence` included), or, when no
    /// stage has one, what was searched and the rules that rejected the most windows.
    mutating func firstPassing() -> (best: Suggestion?, searched: DateWindow?, blockers: [RejectionGroup]) {
        for step in steps {
            if let best = evaluation.best(step, strict: true) { return (best, step.starts, []) }
        }
        guard let last = steps.last else { return (nil, nil, []) }
        return (nil, last.starts, evaluation.search(last, strict: true).1)
    }
}
