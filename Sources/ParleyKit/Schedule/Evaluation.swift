import Basics
import CivilTime
import Holidays

/// One search in progress: the candidate rounds of each stage, their findings (computed once
/// per start date and reused by wider stages), and how they are classified and scored.
struct Evaluation {
    let plan: Plan
    let series: Series
    let probe: CandidateProbe
    let due: LocalDate?
    /// The date distances are counted from when there is no due date: a re-planned round's
    /// current date.
    let anchor: LocalDate?
    let number: Int
    let host: (venue: String?, isVirtual: Bool, chair: String?, reason: String)
    let location: SourceLocation
    /// The round being re-planned, whose time of day, status, notes and acknowledgements
    /// every candidate keeps; `nil` for a new round.
    let template: Round?
    /// The topics a new round covers (those due at it); a re-planned round keeps its own.
    let covers: [Topic]
    /// The members that decline a new round (`declined by`); a re-planned round keeps its own.
    let declinedBy: [String]
    /// What every window satisfies by its host, worded once.
    private let hostSentence: String?
    /// The codes of the rules the probe runs, in catalogue order.
    private let codes: [FindingCode]
    /// The parties' country calendars, opened once.
    private let calendars: CalendarBook
    /// The threads windows are evaluated on: every core, or one when many searches run at
    /// once (``RoundSuggestions``, one search per core).
    var threads = Parallel.cores
    private var cache: [Int32: [Finding]] = [:]
    /// The findings of the rules other than the conflict rules (``CandidateProbe/seriesFindings(_:)``)
    /// at start dates whose whole findings are not known yet.
    private var seriesCache: [Int32: [Finding]] = [:]
    /// The candidates of those start dates placed in the series, kept for the conflict rules.
    private var placements: [Int32: CandidateProbe.Placed] = [:]

    init(
        plan: Plan, series: Series, probe: CandidateProbe, due: LocalDate?, anchor: LocalDate?, number: Int,
        host: (venue: String?, isVirtual: Bool, chair: String?, reason: String), location: SourceLocation, template: Round?,
        covers: [Topic] = [], declinedBy: [String] = []
    ) {
        self.covers = covers
        self.declinedBy = declinedBy
        self.plan = plan
        self.series = series
        self.probe = probe
        self.due = due
        self.anchor = anchor
        self.number = number
        self.host = host
        self.location = location
        self.template = template
        if let venue = host.venue {
            hostSentence = "hosted at \(venue): \(host.reason)"
        } else if host.isVirtual {
            hostSentence = "held online: \(host.reason)"
        } else {
            hostSentence = nil
        }
        codes = probe.rules.map(\.code)
        calendars = probe.calendars
    }

    /// The ranked suggestions and the grouped rejections of `step`. A window is rejected by
    /// any error, except `cadence` errors in a stage that relaxes the cadence unless `strict`.
    mutating func search(_ step: SearchStep, strict: Bool = false) -> ([Suggestion], [RejectionGroup]) {
        evaluate(Array(days(of: step)))
        var accepted: [Suggestion] = []
        var tally = Tally()
        for day in days(of: step) {
            let round = candidate(on: day)
            let findings = findings(for: round)
            let hard = rejecting(findings, in: step, strict: strict)
            if hard.isEmpty, let time = RoundTime.of(round, in: series, plan: plan) {
                accepted.append(suggestion(for: round, time: time, findings: findings))
            } else {
                tally.add(hard, on: day)
            }
        }
        accepted.sort { ($0.score, $0.firstDay) < ($1.score, $1.firstDay) }
        let ranked = accepted.enumerated().map { $0.element.ranked($0.offset + 1) }
        return (ranked, groups(tally))
    }

    /// The windows each rule rejects, and its first rejection.
    private struct Tally {
        var counts: [FindingCode: Int] = [:]
        var examples: [FindingCode: (LocalDate, String)] = [:]

        /// Counts the window starting on `day`, rejected by `hard`.
        mutating func add(_ hard: [Finding], on day: LocalDate) {
            for finding in hard where examples[finding.code] == nil { examples[finding.code] = (day, finding.message) }
            for code in Set(hard.map(\.code)) { counts[code, default: 0] += 1 }
        }
    }

    /// The rejection groups of `tally`, the rules that reject the most windows first.
    private func groups(_ tally: Tally) -> [RejectionGroup] {
        let countries = partiesCountries()
        let people = series.delegates.map(\.id)
        return tally.counts.compactMap { code, count -> RejectionGroup? in
            guard let (date, message) = tally.examples[code] else { return nil }
            return RejectionGroup(
                code: code, windows: count, reason: RejectionGroup.reason(code: code, countries: countries, people: people),
                exampleDate: date, example: message)
        }.sorted { ($1.windows, $0.code) < ($0.windows, $1.code) }
    }

    /// The first `top` groups of ``search(_:strict:)``'s rejections of `step`, when no window of
    /// it passes (``best(_:strict:)`` found none): the same groups, with the conflict rules
    /// run only on as many windows as it takes to tell that none of their codes is among them
    /// (the other rules, which reject most windows of a search that finds none, run on all).
    /// A conflict rule's code is left out once the windows it could still reject (those it
    /// was not run on) cannot lift it past the `top`-th of the other rules' groups.
    mutating func topRejections(_ step: SearchStep, strict: Bool, top: Int) -> [RejectionGroup] {
        let days = days(of: step)
        evaluateSeries(days)
        let conflictCodes = Set(probe.rules.filter(\.comparesSeries).map(\.code))
        // The windows each code rejects by what is known so far: exact for the other rules'
        // codes, a lower bound for the conflict rules' (exact once every window is known).
        var counts: [FindingCode: Int] = [:]
        var unknown = 0
        for day in days {
            if cache[day.daysSinceEpoch] == nil { unknown += 1 }
            for code in rejectingCodes(day, in: step, strict: strict) { counts[code, default: 0] += 1 }
        }
        var position = 0
        while unknown > 0 {
            let others = counts.filter { $0.value > 0 && !conflictCodes.contains($0.key) }.sorted {
                ($1.value, $0.key) < ($0.value, $1.key)
            }
            let open = conflictCodes.filter { code in
                guard others.count >= top else { return true }
                let most = (counts[code] ?? 0) + unknown
                let threshold = others[top - 1]
                return (most, threshold.key) > (threshold.value, code)
            }
            guard !open.isEmpty else {
                return Array(tally(days, in: step, strict: strict).filter { !conflictCodes.contains($0.code) }.prefix(top))
            }
            // Evaluated a batch at a time, on every core, in the order of the step.
            var batch: [LocalDate] = []
            while batch.count < 8, position < days.count {
                if cache[days[position].daysSinceEpoch] == nil { batch.append(days[position]) }
                position += 1
            }
            guard !batch.isEmpty else { break }
            for day in batch {
                for code in rejectingCodes(day, in: step, strict: strict) { counts[code, default: 0] -= 1 }
            }
            evaluate(batch)
            for day in batch {
                for code in rejectingCodes(day, in: step, strict: strict) { counts[code, default: 0] += 1 }
                unknown -= 1
            }
        }
        return Array(tally(days, in: step, strict: strict).prefix(top))
    }

    /// The codes of the findings known to reject the window starting on `day` in `step`: of
    /// its whole findings, or of those of the rules other than the conflict rules.
    private func rejectingCodes(_ day: LocalDate, in step: SearchStep, strict: Bool) -> Set<FindingCode> {
        let key = day.daysSinceEpoch
        var codes: Set<FindingCode> = []
        for finding in cache[key] ?? seriesCache[key] ?? [] where rejects(finding, in: step, strict: strict) { codes.insert(finding.code) }
        return codes
    }

    /// The rejection groups of `days` by what is known of each window.
    private func tally(_ days: [LocalDate], in step: SearchStep, strict: Bool) -> [RejectionGroup] {
        var tally = Tally()
        for day in days {
            let key = day.daysSinceEpoch
            tally.add(rejecting(cache[key] ?? seriesCache[key] ?? [], in: step, strict: strict), on: day)
        }
        return groups(tally)
    }

    /// The first suggestion ``search(_:strict:)`` would rank for `step`, found by trying start
    /// dates from the nearest to the ideal date (the due date, or the anchor) outwards and
    /// stopping once a date is further from it than the best score so far: every score is at
    /// least a window's distance from the ideal date, so no later date can rank first.
    /// Without an ideal date every window is tried.
    mutating func best(_ step: SearchStep, strict: Bool) -> Suggestion? {
        guard let ideal = due ?? anchor else { return search(step, strict: strict).0.first }
        let ordered = days(of: step).sorted { (abs($0.days(until: ideal)), $0) < (abs($1.days(until: ideal)), $1) }
        var best: Suggestion?
        var position = 0
        // Evaluated a batch at a time, on every core.
        let batch = 8
        while position < ordered.count {
            let slice = Array(ordered[position..<min(position + batch, ordered.count)])
            if let best, abs(slice[0].days(until: ideal)) > best.score { break }
            // A window the series' own rules reject is rejected whatever the conflict rules
            // say: those run only on the rest.
            evaluateSeries(slice)
            let open = slice.filter { !isKnownToBeRejected($0, in: step, strict: strict) }
            evaluate(open)
            for day in slice {
                if let best, abs(day.days(until: ideal)) > best.score { break }
                guard open.contains(day) else { continue }
                let round = candidate(on: day)
                let findings = findings(for: round)
                guard rejecting(findings, in: step, strict: strict).isEmpty, let time = RoundTime.of(round, in: series, plan: plan) else {
                    continue
                }
                let found = suggestion(for: round, time: time, findings: findings)
                if best.map({ (found.score, found.firstDay) < ($0.score, $0.firstDay) }) ?? true { best = found }
            }
            position += batch
        }
        return best?.ranked(1)
    }

    /// The findings that reject a window in `step`.
    private func rejecting(_ findings: [Finding], in step: SearchStep, strict: Bool) -> [Finding] {
        findings.filter { rejects($0, in: step, strict: strict) }
    }

    /// Whether `finding` rejects a window in `step`.
    private func rejects(_ finding: Finding, in step: SearchStep, strict: Bool) -> Bool {
        finding.severity == .error && (strict || !(step.relaxesCadence && finding.code == .cadence))
    }

    /// The start dates of `step`, in order.
    private func days(of step: SearchStep) -> [LocalDate] {
        (0..<step.count).compactMap { step.starts.from.adding(days: $0) }
    }

    /// The round a window starting on `day` would record: a new `proposed` round, or the
    /// re-planned round moved there (its time of day, notes, chair and acknowledgements kept; a
    /// postponed round becomes planned). A new round of a rotation is chaired by the member
    /// whose turn it is (``Scheduler/chooseHost(_:previous:plan:declined:)``), passing over
    /// the members that decline it.
    func candidate(on day: LocalDate) -> Round {
        let start: RoundStart = template?.start.time.map { .dateTime(LocalDateTime(date: day, time: $0)) } ?? .date(day)
        let status = template.map { $0.status == .postponed ? RoundStatus.planned : $0.status } ?? .proposed
        return Round(
            number: number, start: start, venue: host.venue.map { Reference($0, at: location) }, isVirtual: host.isVirtual,
            status: status, notes: template?.notes ?? [], movedFrom: template?.movedFrom ?? [], location: location,
            acknowledgements: template?.acknowledgements ?? [], room: template?.room,
            covers: template?.covers ?? covers.map { Reference($0.id, at: location) },
            chair: template.map(\.chair) ?? host.chair.map { Reference($0, at: location) },
            declinedBy: template?.declinedBy ?? declinedBy.map { Reference($0, at: location) })
    }

    private mutating func findings(for round: Round) -> [Finding] {
        let key = round.start.date.daysSinceEpoch
        if let known = cache[key] { return known }
        let found = probe.findings(for: round)
        cache[key] = found
        return found
    }

    /// Runs the rules for every start date of `days` not evaluated yet, spread over the
    /// processor's cores (each window is independent; the results are keyed by date, so the
    /// outcome does not depend on the order they finish in); where the other rules' findings
    /// are known (``evaluateSeries(_:)``), only the conflict rules run.
    private mutating func evaluate(_ days: [LocalDate]) {
        let rounds = days.filter { cache[$0.daysSinceEpoch] == nil }.map(candidate(on:))
        let probe = self.probe
        let known = seriesCache
        let placements = self.placements
        let found = ParallelEvaluation.run(rounds, threads: threads) { round in
            let key = round.start.date.daysSinceEpoch
            guard let series = known[key] else { return probe.findings(for: round) }
            return (placements[key].map(probe.conflictFindings) ?? []) + series
        }
        for (key, findings) in found {
            cache[key] = findings
            seriesCache[key] = nil
            self.placements[key] = nil
        }
    }

    /// Runs the rules other than the conflict rules for every start date of `days` of which
    /// nothing is known yet, on every core, keeping each candidate placed for the conflict rules.
    private mutating func evaluateSeries(_ days: [LocalDate]) {
        let rounds = days.filter { cache[$0.daysSinceEpoch] == nil && seriesCache[$0.daysSinceEpoch] == nil }.map(candidate(on:))
        let probe = self.probe
        let found = ParallelEvaluation.run(rounds, threads: threads) { round -> (CandidateProbe.Placed?, [Finding]) in
            guard let placed = probe.place(round) else { return (nil, []) }
            return (placed, probe.seriesFindings(placed))
        }
        for (key, (placed, findings)) in found {
            seriesCache[key] = findings
            placements[key] = placed
        }
    }

    /// Whether the window starting on `day` is rejected in `step` by what is known of it:
    /// its whole findings, or those of the rules other than the conflict rules.
    private func isKnownToBeRejected(_ day: LocalDate, in step: SearchStep, strict: Bool) -> Bool {
        let key = day.daysSinceEpoch
        return (cache[key] ?? seriesCache[key] ?? []).contains { rejects($0, in: step, strict: strict) }
    }

    /// Each estimated holiday of a party within three days before or after the window: its
    /// date may still move by the decree, towards the round.
    private func nearHolidays(first: LocalDate, last: LocalDate) -> [Cost] {
        var costs: [Cost] = []
        for country in partiesCountries() {
            guard let calendar = calendars.calendars[country] else { continue }
            for distance in 1...3 {
                for (day, side) in [(first.adding(days: -distance), "before"), (last.adding(days: distance), "after")] {
                    guard let day else { continue }
                    for holiday in calendar.holidays(on: day) where holiday.isEstimated {
                        costs.append(
                            Cost(
                                .nearHoliday, points: Cost.nearHolidayPoints,
                                message:
                                    "\(holiday.name) (\(country), estimated) on \(day), \(distance) \(distance == 1 ? "day" : "days") \(side) the round: the decree may move it"
                            ))
                    }
                }
            }
        }
        return costs
    }

    /// The partner countries, then the host's country when it is another.
    private func partiesCountries() -> [String] {
        var countries = series.partners.map(\.id)
        if let venue = host.venue, let country = plan.venuesByID[venue]?.country.id, !countries.contains(country) {
            countries.append(country)
        }
        return countries
    }

    private func suggestion(for round: Round, time: RoundTime, findings: [Finding]) -> Suggestion {
        let first = time.firstDay
        let last = time.lastDay
        var costs: [Cost] = []
        var satisfies: [String] = []
        if let hostSentence { satisfies.append(hostSentence) }
        for finding in findings {
            switch finding.severity {
            case .error:
                costs.append(
                    Cost(
                        .rule, code: finding.code, points: Cost.relaxedCadencePoints,
                        message: "[\(finding.code)] \(finding.message) (accepted only because the search was widened past the tolerance)"))
            case .warning:
                costs.append(Cost(.rule, code: finding.code, points: Cost.warningPoints, message: "[\(finding.code)] \(finding.message)"))
            case .note:
                continue
            }
        }
        let silent = findings.isEmpty ? codes : codes.filter { code in !findings.contains { $0.code == code } }
        if silent.count == codes.count {
            satisfies.append("passes every rule of parley check (\(codes.count))")
        } else if !silent.isEmpty {
            satisfies.append("passes every other rule of parley check (\(silent.count) of \(codes.count))")
        }
        if let due {
            let distance = abs(first.days(until: due))
            if distance == 0 {
                satisfies.append("on the ideal date \(due) (every \(series.cadence.map { "\($0)" } ?? "period"))")
            } else {
                costs.append(
                    Cost(.distance, points: distance, message: "\(distance) \(distance == 1 ? "day" : "days") from the ideal date \(due)"))
                if distance <= series.cadenceTolerance {
                    satisfies.append("within the cadence tolerance (\(due) ± \(Plural.count(series.cadenceTolerance, "day")))")
                }
            }
        } else if let anchor {
            let distance = abs(first.days(until: anchor))
            if distance == 0 {
                satisfies.append("on its current date \(anchor)")
            } else {
                costs.append(
                    Cost(
                        .distance, points: distance,
                        message: "\(distance) \(distance == 1 ? "day" : "days") from its current date \(anchor)"))
            }
        }
        if let months = series.preferredMonths {
            var day = first
            var outside: LocalDate?
            while day <= last, outside == nil {
                if !months.contains(month: day.month) { outside = day }
                guard let next = day.adding(days: 1) else { break }
                day = next
            }
            if let outside {
                costs.append(Cost(.month, points: Cost.monthPoints, message: "\(outside) is outside the preferred months (\(months))"))
            } else {
                satisfies.append("in the preferred months (\(months))")
            }
        }
        let travel = travelPlans(first: first, last: last)
        let commitments = self.commitments(first: first, last: last, zone: time.zone)
        costs += commitments
        if commitments.isEmpty, !series.delegates.isEmpty { satisfies.append("no other commitment of the delegates within three days") }
        let nearby = nearHolidays(first: first, last: last)
        costs += nearby
        if nearby.isEmpty { satisfies.append("no estimated holiday of \(RejectionGroup.list(partiesCountries(), "or")) within three days") }
        costs.sort { ($1.points, $0.message) < ($0.points, $1.message) }
        return Suggestion(rank: 0, round: round, time: time, travel: travel, satisfies: satisfies, costs: costs)
    }

    /// A travel day before and after for each delegate from another country than the venue's.
    private func travelPlans(first: LocalDate, last: LocalDate) -> [TravelPlan] {
        guard let venue = host.venue, let country = plan.venuesByID[venue]?.country.id,
            let outbound = first.adding(days: -1), let inbound = last.adding(days: 1)
        else { return [] }
        return series.delegates.compactMap { delegate in
            guard let person = plan.peopleByID[delegate.id], person.country.id != country else { return nil }
            return TravelPlan(person: person.id, outbound: outbound, inbound: inbound)
        }
    }

    /// Each other round a delegate attends within three days of the window, and for each
    /// delegate the events of their busy calendar in those days.
    private func commitments(first: LocalDate, last: LocalDate, zone: String) -> [Cost] {
        guard !series.delegates.isEmpty, let from = first.adding(days: -3), let through = last.adding(days: 3) else { return [] }
        var costs: [Cost] = []
        let range = InstantRange.days(from, through, in: RoundClock.zone(zone))
        for delegate in series.delegates.map(\.id) {
            let events = probe.busy.busy(delegate, during: range)
            guard let first = events.first else { continue }
            let count = events.count == 1 ? "1 event" : "\(events.count) events"
            costs.append(
                Cost(
                    .commitment, points: Cost.busyEventPoints * events.count,
                    message: "\(delegate)'s busy calendar has \(count) within three days (first: \"\(first.summary)\" at \(first.shown))"))
        }
        let own = series.delegates.map(\.id)
        for occurrence in probe.others(overlapping: from, through) where !occurrence.isImplied {
            guard let others = plan.seriesByID[occurrence.seriesID]?.delegates else { continue }
            let shared = own.filter { id in others.contains { $0.id == id } }
            for person in shared {
                let span =
                    occurrence.firstDay == occurrence.lastDay ? "\(occurrence.firstDay)" : "\(occurrence.firstDay)..\(occurrence.lastDay)"
                costs.append(
                    Cost(
                        .commitment, points: Cost.commitmentPoints,
                        message: "\(person) also attends round \(occurrence.number) of \(occurrence.seriesID) (\(span))"))
            }
        }
        return costs
    }
}
