import Basics
import CivilTime

/// Runs the rules of `parley check` on the plan with one candidate round added, cheaply
/// enough to do it for every window of a search.
///
/// What is built once: the occurrences over the whole search span (a check's own, or
/// expanded once), sorted by first day, with the positions of each series' and each venue's
/// (``OccurrencePositions``, a check's built once for all its searches). What is built per candidate: the target series
/// with the candidate recorded, its occurrences in a narrow window around the candidate
/// (± ``margin`` days, stretched by ``reach(first:last:)`` when the candidate goes in
/// between recorded rounds), the other occurrences in that window that can meet the
/// candidate (found by binary search): those of the series tied to it by `within … after`
/// either way, of the series sharing a delegate with it, and at its venue; and a plan that
/// shares the countries, venues, people, blackouts and their indexes with the original but
/// lists only the series of those occurrences (``Plan/init(_:keeping:people:)``). The busy
/// calendars of the series' delegates (the only ones that can clash with the candidate) are
/// read and expanded once for the whole search and shared by every context. The conflict
/// rules (``PlanRule/comparesSeries``) then run on those occurrences, and only on the pairs
/// the candidate is in (``RuleContext/focus``: a candidate among a thousand rounds at once
/// costs a thousand comparisons, not a million); every other rule runs on the target series
/// and the series tied to it alone, and acknowledgements apply, as `parley check --from --to`
/// would over the window, and only the findings that concern the candidate are kept: those at
/// its location or with a note pointing at it (the other side of a clash). A finding about
/// the candidate needs a round that meets it, by a person, the venue or an order rule, and
/// every such round is in the narrow plan, so nothing that concerns it is lost.
///
/// - Complexity: per candidate, O(log *n* + *m* log *m* + *r*) to build the context for
///   *n* occurrences in the span, *m* of them in the narrow window that can meet the
///   candidate (of the series that can meet any, or at its venue) and *r* recorded rounds of
///   the target series, plus the rules' own cost on that context; the rounds in the window
///   that cannot meet it are never walked.
struct CandidateProbe: Sendable {
    /// Days of context either side of a candidate, enough for travel days and travel allowances.
    static let margin = 14

    let plan: Plan
    let series: Series
    let rules: [any PlanRule]
    let today: LocalDate
    /// The occurrences over (at least) ``wide``, the target series' included, by first day:
    /// the check's own when shared, never copied.
    let spanned: [Occurrence]
    /// The days the probe reads of ``spanned``: the search span, its margin and the rounds a
    /// candidate can reach.
    let wide: DateWindow
    /// The positions in ``spanned`` of the other series' occurrences that can meet any
    /// candidate (their series shares a delegate with the target or is tied to it by an
    /// order rule), ascending. Only these and the rounds at a candidate's venue are taken
    /// into its narrow plan.
    let meeting: [Int]
    /// The positions in ``spanned`` of the occurrences of the series tied to the target by an
    /// order rule (of ``related`` but the target), ascending: the rounds besides its own that
    /// the rules other than the conflict rules look at.
    let relatedOthers: [Int]
    /// The positions in ``spanned`` of each series' and each venue's occurrences.
    let positions: OccurrencePositions
    /// The longest `lasting` of any series, so that a binary search by first day finds every overlap.
    let longest: Int
    /// The positions in `plan.series` of the target series and those tied to it by an order
    /// rule (`within N days after`) either way: the series a candidate can affect wherever
    /// their rounds are.
    let related: Set<Int>
    /// Each series' position in `plan.series`.
    let seriesPositions: [String: Int]
    /// The target series' position.
    let targetPosition: Int
    /// The people's busy calendars, read and expanded once over the whole search.
    let busy: BusyCalendars
    /// The country calendars, holiday feeds included, opened once for the whole search.
    let calendars: CalendarBook
    /// The start dates of the target series' recorded meetings, in order.
    let ownStarts: [LocalDate]
    /// The start dates of the recorded meetings of the series that follow the target, in order.
    let followerStarts: [LocalDate]

    /// What a check has already built and a probe can share instead of building its own: the
    /// plan's occurrences, country calendars and busy calendars, all over `expansion.window`,
    /// and the plan as `next` counts it on the check's day (``Plan/counting(asOf:)``) with each
    /// series' position in it and the longest `lasting`, built once for every search instead
    /// of once per search.
    struct Shared: Sendable {
        let expansion: Expansion
        let calendars: CalendarBook
        let busy: BusyCalendars
        let counted: Plan
        let seriesPositions: [String: Int]
        let longest: Int
        /// The positions of `expansion`'s occurrences by series and by venue, indexed once.
        let occurrencePositions: OccurrencePositions
        /// Who follows whom and who attends what in `counted`, indexed once.
        let links: SeriesLinks

        init(expansion: Expansion, calendars: CalendarBook, busy: BusyCalendars, counted: Plan) {
            self.expansion = expansion
            self.calendars = calendars
            self.busy = busy
            self.counted = counted
            seriesPositions = CandidateProbe.positions(in: counted)
            longest = CandidateProbe.longest(in: counted)
            occurrencePositions = OccurrencePositions(expansion.occurrences)
            links = SeriesLinks(counted)
        }
    }

    /// The series of a plan by the order rules between them and by delegate, so that a search
    /// finds the series tied to its own and those sharing a delegate without walking them all.
    struct SeriesLinks: Sendable {
        /// By series id, the positions of the series that follow it (`within N days after`
        /// it), once per such rule.
        let followers: [String: [Int]]
        /// By series id, the ids its own `within N days after` rules follow.
        let followed: [String: [String]]
        /// By person id, the positions of the series they are a delegate of.
        let byDelegate: [String: [Int]]

        /// The links of `plan`.
        /// - Complexity: O(*s* + *r* + *d*) for *s* series, *r* rules and *d* delegates.
        init(_ plan: Plan) {
            var followers: [String: [Int]] = [:]
            var followed: [String: [String]] = [:]
            var byDelegate: [String: [Int]] = [:]
            for (position, series) in plan.series.enumerated() {
                for rule in series.rules {
                    guard case .within(_, let after) = rule.kind else { continue }
                    if after.id != series.id { followers[after.id, default: []].append(position) }
                    followed[series.id, default: []].append(after.id)
                }
                for delegate in series.delegates where byDelegate[delegate.id]?.last != position {
                    byDelegate[delegate.id, default: []].append(position)
                }
            }
            self.followers = followers
            self.followed = followed
            self.byDelegate = byDelegate
        }
    }

    /// The positions in a list of occurrences of each series' and each venue's, ascending:
    /// a probe takes the rounds of a few series and of one venue, found without walking the rest.
    struct OccurrencePositions: Sendable {
        let bySeries: [String: [Int]]
        let byVenue: [String: [Int]]

        /// The positions in `occurrences`.
        /// - Complexity: O(*n*) for *n* occurrences.
        init(_ occurrences: [Occurrence]) {
            var bySeries: [String: [Int]] = [:]
            var byVenue: [String: [Int]] = [:]
            for (position, occurrence) in occurrences.enumerated() {
                bySeries[occurrence.seriesID, default: []].append(position)
                if let venue = occurrence.venueID { byVenue[venue, default: []].append(position) }
            }
            self.bySeries = bySeries
            self.byVenue = byVenue
        }
    }

    /// Each series' position in `plan.series` (the first, for a repeated id).
    static func positions(in plan: Plan) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(plan.series.count)
        for position in plan.series.indices where positions[plan.series[position].id] == nil {
            positions[plan.series[position].id] = position
        }
        return positions
    }

    /// The longest `lasting` of any series of `plan`, in days.
    static func longest(in plan: Plan) -> Int {
        plan.series.lazy.map(\.lastingDays).max() ?? 1
    }

    /// A probe for candidates of `series` starting in `span`; `shared`, when given, is of
    /// `plan` (its `counted`), and when it covers the span and its margin, the check's
    /// occurrences and calendars are used as they are.
    init(
        plan: Plan, series: Series, span: DateWindow, rules: [any PlanRule], today: LocalDate, reader: (any PlanReader)? = nil,
        shared: Shared? = nil
    ) {
        self.plan = plan
        self.series = series
        // What a round covers does not depend on its date, so `agenda` is not asked: `next`
        // writes the topics due (``Series/topicsDue(after:number:)``) on the round instead.
        self.rules = rules.filter { $0.code != .input && $0.code != .agenda }
        self.today = today
        let positions = shared?.seriesPositions ?? CandidateProbe.positions(in: plan)
        let target = positions[series.id] ?? 0
        var related: Set<Int> = [target]
        var followers: [LocalDate] = []
        let links = shared?.links ?? SeriesLinks(plan)
        for position in links.followers[series.id] ?? [] {
            related.insert(position)
            followers += plan.series[position].meetings.map(\.start.date)
        }
        for after in links.followed[series.id] ?? [] { if let followed = positions[after] { related.insert(followed) } }
        // The series that share a delegate with the target: the conflict rules compare their
        // rounds with a candidate wherever they are.
        var meeting: Set<String> = []
        for delegate in Set(series.delegates.map(\.id)) {
            for position in links.byDelegate[delegate] ?? [] { meeting.insert(plan.series[position].id) }
        }
        for position in related { meeting.insert(plan.series[position].id) }
        seriesPositions = positions
        self.related = related
        targetPosition = target
        ownStarts = series.meetings.map(\.start.date)
        followerStarts = followers.sorted()
        let margin = CandidateProbe.margin
        let farthest = max(span.through, ownStarts.last ?? span.through, followerStarts.last ?? span.through)
        let wide = DateWindow(from: span.from.adding(days: -margin) ?? span.from, through: farthest.adding(days: margin) ?? farthest)
        self.wide = wide
        let found: OccurrencePositions
        if let shared, shared.expansion.window.from <= wide.from, wide.through <= shared.expansion.window.through {
            // The check's occurrences are used as they are, sorted by first day, with their positions.
            spanned = shared.expansion.occurrences
            found = shared.occurrencePositions
            busy = shared.busy
            calendars = shared.calendars
        } else {
            spanned = Expander.expand(plan, in: wide).occurrences
            found = OccurrencePositions(spanned)
            // Only the series' delegates' calendars can make a finding about the candidate.
            let delegates = Set(series.delegates.map(\.id))
            let attendees = Plan(plan, keeping: [series], people: plan.people.filter { delegates.contains($0.id) })
            busy = reader.map { BusyCalendars(plan: attendees, reader: $0, window: wide) } ?? .none
            calendars = CalendarBook(plan: plan, reader: reader, window: wide)
        }
        meeting.remove(series.id)
        self.meeting = meeting.flatMap { found.bySeries[$0] ?? [] }.sorted()
        relatedOthers = Set(related.map { plan.series[$0].id }).subtracting([series.id]).flatMap { found.bySeries[$0] ?? [] }.sorted()
        self.positions = found
        longest = shared?.longest ?? CandidateProbe.longest(in: plan)
    }

    /// The last day the rules must look at for a candidate starting on `first` and ending on
    /// `last`: a margin after it, and far enough to reach the recorded rounds whose findings
    /// it changes when it goes in between existing rounds: the series' next round (its
    /// cadence, gap and host are now measured from the candidate) and the rounds of series
    /// that follow this one (`within … after`) up to that next round (they now follow the
    /// candidate).
    func reach(first: LocalDate, last: LocalDate) -> LocalDate? {
        let margin = CandidateProbe.margin
        guard var through = last.adding(days: margin) else { return nil }
        let next = ownStarts.first { $0 > first }
        if let next, let end = next.adding(days: margin) { through = max(through, end) }
        if let affected = followerStarts.last(where: { start in start >= first && (next.map { start < $0 } ?? true) }),
            let end = affected.adding(days: margin)
        {
            through = max(through, end)
        }
        return through
    }

    /// A candidate round recorded in its series, with the days the rules look at and the
    /// series' occurrences in them: worked out once per window, for both groups of rules.
    struct Placed: Sendable {
        let round: Round
        let candidate: Series
        let window: DateWindow
        /// The candidate series' occurrences in ``window``, the candidate among them.
        let occurrences: [Occurrence]
    }

    /// `round` recorded in the series: the window reaches a margin before it and as far as
    /// ``reach(first:last:)``.
    func place(_ round: Round) -> Placed? {
        let candidate = series.adding(round)
        let first = round.start.date
        guard let last = series.lastDay(startingOn: first),
            let from = first.adding(days: -CandidateProbe.margin), let through = reach(first: first, last: last)
        else { return nil }
        let window = DateWindow(from: from, through: through)
        return Placed(
            round: round, candidate: candidate, window: window,
            occurrences: Expander.expand(Plan(plan, only: candidate), in: window).occurrences)
    }

    /// The findings of every rule that concern `round` when it is added to the series: the
    /// conflict rules' (``conflictFindings(_:)``), then the other rules' (``seriesFindings(_:)``).
    func findings(for round: Round) -> [Finding] {
        guard let placed = place(round) else { return [] }
        return conflictFindings(placed) + seriesFindings(placed)
    }

    /// The findings of the conflict rules (``PlanRule/comparesSeries``) that concern the
    /// candidate `placed` in the series.
    func conflictFindings(_ placed: Placed) -> [Finding] {
        let window = placed.window
        var occurrences = placed.occurrences
        // The conflict rules compare the candidate only with rounds sharing a person or its
        // venue. No other round can meet it, so no other round (nor its series) is taken into
        // the narrow plan: a window reaching the series' next round a year on holds thousands
        // of rounds, and a handful matter.
        var taken = overlapping(meeting, window.from, window.through)
        if let venueID = placed.round.venue?.id, let atVenue = positions.byVenue[venueID] {
            taken += overlapping(atVenue, window.from, window.through).filter { spanned[$0].seriesID != series.id }
        }
        for position in Set(taken).sorted() { occurrences.append(spanned[position]) }
        occurrences.sort { ($0.firstDay, $0.seriesID, $0.number) < ($1.firstDay, $1.seriesID, $1.number) }
        var keep = related
        for occurrence in occurrences { if let position = seriesPositions[occurrence.seriesID] { keep.insert(position) } }
        let narrow = Plan(plan, keeping: keep.sorted().map { $0 == targetPosition ? placed.candidate : plan.series[$0] })
        let location = placed.round.location
        let focus = Set(occurrences.indices.filter { occurrences[$0].location == location })
        let context = RuleContext(
            plan: narrow, expansion: Expansion(window: window, occurrences: occurrences), today: today, busy: busy, calendars: calendars,
            focus: focus)
        var found: [Finding] = []
        for rule in rules where rule.comparesSeries { found += rule.check(context) }
        return concerning(location, Checker.acknowledge(found, in: narrow, window: window))
    }

    /// The findings of the rules other than the conflict rules that concern the candidate
    /// `placed` in the series: they look at the series and those tied to it alone, so they cost
    /// a few rounds, and a window they reject is rejected whatever the conflict rules say.
    func seriesFindings(_ placed: Placed) -> [Finding] {
        let window = placed.window
        // The other rules look at one series (and those ordered after it): only their rounds.
        var occurrences = placed.occurrences
        for position in overlapping(relatedOthers, window.from, window.through) { occurrences.append(spanned[position]) }
        occurrences.sort { ($0.firstDay, $0.seriesID, $0.number) < ($1.firstDay, $1.seriesID, $1.number) }
        let own = Plan(plan, keeping: related.sorted().map { $0 == targetPosition ? placed.candidate : plan.series[$0] })
        // Of these rules only `busy` reads the conflict index, and only the candidate's
        // delegates' busy calendars can make a finding at it: without one, nothing is indexed.
        let busyDelegates = series.delegates.contains { busy.indexes[$0.id] != nil }
        let context = RuleContext(
            plan: own, expansion: Expansion(window: window, occurrences: occurrences), today: today, busy: busy, calendars: calendars,
            focus: busyDelegates ? nil : [])
        var found: [Finding] = []
        for rule in rules where !rule.comparesSeries { found += rule.check(context) }
        return concerning(placed.round.location, Checker.acknowledge(found, in: own, window: window))
    }

    /// The findings that concern the candidate at `location`: at it, or with a note pointing at
    /// it (the other side of a clash). An acknowledgement turns a finding into a note only at
    /// its own round, which is in the plan the finding was made in, so the rules' two groups
    /// are acknowledged apart.
    private func concerning(_ location: SourceLocation, _ findings: [Finding]) -> [Finding] {
        findings.filter { finding in finding.location == location || finding.notes.contains { $0.location == location } }
    }

    /// The other series' occurrences that can meet a candidate (``meeting``: of the series that
    /// share a delegate with it or are tied to it) and overlap `first...last` (and ``wide``),
    /// by first day.
    func others(overlapping first: LocalDate, _ last: LocalDate) -> [Occurrence] {
        overlapping(meeting, first, last).map { spanned[$0] }
    }

    /// The positions of `list` (ascending positions in ``spanned``) whose occurrences overlap
    /// `first...last` and ``wide``.
    /// - Complexity: O(log *n* + *k*) for *k* occurrences starting from the longest round's
    ///   length before `first` through `last`.
    private func overlapping(_ list: [Int], _ first: LocalDate, _ last: LocalDate) -> [Int] {
        let from = max(first, wide.from)
        let through = min(last, wide.through)
        let lowest = from.adding(days: -longest) ?? from
        var result: [Int] = []
        var index = list.partitioningIndex { spanned[$0].firstDay >= lowest }
        while index < list.count, spanned[list[index]].firstDay <= through {
            if spanned[list[index]].lastDay >= from { result.append(list[index]) }
            index += 1
        }
        return result
    }
}
