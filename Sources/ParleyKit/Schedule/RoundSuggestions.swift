import Basics
import CivilTime

/// The one suggestion `parley check` prints for each round with findings: the date
/// `parley next SERIES --round N` ranks best among those that pass every rule of the plan
/// with the round moved there, or, when none does, what was searched and the rule that
/// rejects the most dates. Every finding at the round (a rule can find several things wrong
/// with it) carries the same suggestion, so no rule suggests a date another rejects.
///
/// Only rounds that can move are searched: not held, not cancelled, with a finding that is
/// not acknowledged. A `stale` finding keeps its own suggestion (mark the round's status):
/// the round is over, and only another finding at it makes it worth moving; so does an
/// `agenda` finding (cover the topic), which no date changes. A plan with input errors gets no suggestions (`parley next` refuses it too).
///
/// The first ``PlanLimits/suggestions`` rounds with findings (in report order) are searched;
/// the rest name the `next` command that finds their date, so a plan with thousands of
/// clashing rounds costs at most that many searches, not one per round.
///
/// - Complexity: one ``ScheduleSearch`` per round with findings (up to the cap), each stopping at the first
///   date no later one can beat (``Evaluation/best(_:strict:)``), on the check's occurrences
///   and calendars.
enum RoundSuggestions {
    /// The codes whose findings keep their own suggestion: no date fixes them.
    static let ownSuggestion: Set<FindingCode> = [.stale, .agenda]

    /// Whether `finding` keeps its own suggestion: a code no date fixes, or a `host` finding
    /// that brings one (a rotation's chair out of turn: the `chair` line is the fix, not a date).
    static func keepsOwnSuggestion(_ finding: Finding) -> Bool {
        ownSuggestion.contains(finding.code) || (finding.code == .host && finding.suggestion != nil)
    }

    /// `findings` with the suggestion of each movable round at its findings.
    static func attach(
        to findings: [Finding], loaded: LoadedPlan, options: CheckOptions, shared: CandidateProbe.Shared
    ) -> [Finding] {
        guard !loaded.hasInputErrors else { return findings }
        var movable: [SourceLocation: (series: Series, round: Round)] = [:]
        for series in loaded.plan.series {
            for round in series.rounds where round.status != .held && round.status != .cancelled {
                movable[round.location] = (series, round)
            }
        }
        var wanted: [SourceLocation] = []
        var seen: Set<SourceLocation> = []
        for finding in findings
        where finding.severity != .note && !Self.keepsOwnSuggestion(finding) && movable[finding.location] != nil {
            if seen.insert(finding.location).inserted { wanted.append(finding.location) }
        }
        guard !wanted.isEmpty else { return findings }
        let limit = options.reader?.limits.suggestions ?? PlanLimits.standard.suggestions
        var suggestions: [SourceLocation: Finding.Suggestion] = [:]
        // The searches are independent: with at least one per core they run one per core at a
        // time, each evaluating its windows on its own thread (many small batches of windows
        // share the cores badly); fewer searches run one after another, each on every core.
        let searched = wanted.prefix(limit).compactMap { movable[$0] }
        let threads = searched.count >= Parallel.cores ? 1 : Parallel.cores
        let found = Parallel.map(searched.count, threads: Parallel.cores / threads) { index in
            suggestion(
                for: searched[index].round, of: searched[index].series, loaded: loaded, options: options, shared: shared,
                threads: threads)
        }
        for (candidate, suggestion) in zip(searched, found) { suggestions[candidate.round.location] = suggestion }
        for location in wanted.dropFirst(limit) {
            guard let (series, round) = movable[location] else { continue }
            suggestions[location] = Finding.Suggestion(
                "parley next \(series.id) --round \(round.number) finds a date that passes every rule (check searched the first "
                    + "\(Plural.grouped(limit)) rounds with findings; --max-suggestions raises the cap)")
        }
        return findings.map { finding in
            guard finding.severity != .note, !Self.keepsOwnSuggestion(finding), let suggestion = suggestions[finding.location]
            else { return finding }
            return finding.with(suggestion: suggestion)
        }
    }

    /// The suggestion for moving `round`, worded; its windows are evaluated on `threads`.
    private static func suggestion(
        for round: Round, of series: Series, loaded: LoadedPlan, options: CheckOptions, shared: CandidateProbe.Shared, threads: Int
    ) -> Finding.Suggestion? {
        let request = NextRequest(
            seriesID: series.id, today: options.today, round: round.number, rules: options.rules, reader: options.reader)
        let command = "parley next \(series.id) --round \(round.number)"
        guard var search = try? ScheduleSearch(plan: loaded.plan, trees: loaded.trees, series: series, request: request, shared: shared)
        else {
            return Finding.Suggestion("no date to move round \(round.number) to between the rounds around it (\(command))")
        }
        search.evaluation.threads = threads
        let (best, searched, blockers) = search.firstPassing(top: 2)
        guard let best else {
            var text = "no start date"
            if let searched { text += " from \(searched.from) to \(searched.through)" }
            text += " passes every rule"
            let top = blockers.map { "\($0.code) (\($0.sentence))" }
            if top.count == 1 { text += "; the rule that rejects the most is \(top[0])" }
            if top.count == 2 { text += "; the rules that reject the most are \(top[0]) and \(top[1])" }
            return Finding.Suggestion(text + " (\(command))")
        }
        let moved = best.round
        let place = moved.venue.map { " at \($0.id)" } ?? (moved.isVirtual ? " online" : "")
        let venueChanges = moved.venue?.id != round.venue?.id || moved.isVirtual != round.isVirtual
        if moved.start == round.start {
            guard venueChanges else {
                return Finding.Suggestion(
                    "keep round \(round.number) on \(round.start): no date passes every rule with a better score (\(command))",
                    date: best.firstDay)
            }
            return Finding.Suggestion(
                "hold round \(round.number)\(place) on its date \(round.start), which then passes every rule (\(command))",
                date: best.firstDay)
        }
        return Finding.Suggestion(
            "move round \(round.number) to \(moved.start)\(venueChanges ? place : ""), the best date that passes every rule (\(command))",
            date: best.firstDay)
    }
}
