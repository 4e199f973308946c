extension Proposal {
    /// The proposal as `parley next` prints it: a header saying what was searched, the best
    /// `limit` suggestions with their travel days, what each satisfies and what it costs, then
    /// the rejections grouped by rule (and, when nothing fits, what to relax). `hints` adds the
    /// caller's own ways to see more or search elsewhere.
    ///
    /// ```
    /// Next round of id-ru-iis: round 4
    ///   due 2029-03-14 ± 31 days (every 12 months after round 3 on 2028-03-14)
    ///   host: moscow follows jakarta (round 3) in the alternation jakarta → moscow
    ///   searched 63 windows of 2 days starting 2029-02-11..2029-04-14
    ///
    /// 1. 2029-03-13..2029-03-14 at moscow (score 1)
    ///    travel: id-polhukam on 2029-03-12 and 2029-03-15
    ///    satisfies: …
    ///    costs: 1 day from the ideal date 2029-03-14 (+1)
    ///
    /// Rejected 41 of 63 windows:
    ///   18 windows fell on a weekend of ID or RU (e.g. 2029-02-16: …)
    /// ```
    public func text(limit: Int, hints: ProposalHints = ProposalHints()) -> String {
        var text = "Next round of \(series.id): round \(roundNumber)\n"
        if let replanned {
            let place = replanned.venue.map { " at \($0.id)" } ?? (replanned.isVirtual ? " online" : "")
            text = "Re-planning round \(roundNumber) of \(series.id): now on \(replanned.start)\(place) (\(replanned.status.rawValue))\n"
        }
        if let due, let previous {
            let cadence = series.cadence.map { "every \($0)" } ?? "the cadence"
            text +=
                "  due \(due) ± \(Plural.count(tolerance, "day")) (\(cadence) after round \(previous.number) on \(previous.start.date))\n"
        } else {
            text += "  no due date (\(series.cadence == nil ? "the series has no cadence" : "no earlier round to count from"))"
            text += replanned.map { "; the nearer to its current date \($0.start.date), the better\n" } ?? "\n"
        }
        text += "  host: \(hostReason)\n"
        if !topicsDue.isEmpty {
            text += "  topics due: " + topicsDue.map { "\($0.id) (\($0.title))" }.joined(separator: ", ") + "\n"
        }
        text += windowText
        if let last = steps.last {
            let days = "\(series.lastingDays) \(series.lastingDays == 1 ? "day" : "days")"
            text += "  searched \(last.count) \(last.count == 1 ? "window" : "windows") of \(days) starting \(last.starts)"
            if steps.count > 1 {
                text += " (widened \(steps.count - 1) \(steps.count == 2 ? "time" : "times"); cadence findings count as costs)"
            }
            text += "\n"
        }
        text += "\n"
        if suggestions.isEmpty {
            text += "No window fits.\n"
            if let explanation = explanation(hints: hints) { text += explanation + "\n" }
        } else {
            let shown = suggestions.prefix(max(limit, 0))
            for suggestion in shown { text += Proposal.text(of: suggestion) }
            if shown.count < suggestions.count {
                let hidden = suggestions.count - shown.count
                text += "(\(hidden) more \(hidden == 1 ? "window fits" : "windows fit")\(hints.moreSuggestions.map { "; \($0)" } ?? ""))\n"
            }
        }
        if !rejections.isEmpty {
            text += "\nRejected \(windowsRejected) of \(Plural.count(windowsExamined, "window")):\n"
            for group in rejections { text += "  \(group.sentence) (e.g. \(group.exampleDate): \(group.example))\n" }
        }
        return text
    }

    static func text(of suggestion: Suggestion) -> String {
        let round = suggestion.round
        let span = suggestion.firstDay == suggestion.lastDay ? "\(suggestion.firstDay)" : "\(suggestion.firstDay)..\(suggestion.lastDay)"
        var place = ""
        if let venue = round.venue { place = " at \(venue.id)" } else if round.isVirtual { place = " online" }
        var text = "\(suggestion.rank). \(span)\(place) (score \(suggestion.score))\n"
        for plan in suggestion.travel { text += "   travel: \(plan.person) on \(plan.outbound) and \(plan.inbound)\n" }
        for item in suggestion.satisfies { text += "   satisfies: \(item)\n" }
        for cost in suggestion.costs { text += "   costs: \(cost.message) (+\(cost.points))\n" }
        return text
    }

    /// The header lines about the open obligation the search stays inside, and the earliest
    /// start when it is where the search begins.
    var windowText: String {
        var text = ""
        if let obligation {
            let inside = steps.allSatisfy { $0.starts.from >= obligation.opens && $0.starts.through <= obligation.due.date }
            text +=
                "  obligation: round \(obligation.leading.number) of \(obligation.leaderID) ended \(obligation.ended); \(obligation.ruleText) needs a round by \(obligation.due.date)"
            text +=
                inside ? ", so the search stays inside \(obligation.opens)..\(obligation.due.date)\n" : ", but no start in it is allowed\n"
        }
        if let earliest, steps.first?.starts.from == earliest.date {
            text += "  earliest start \(earliest.description)\n"
        }
        return text
    }
}
