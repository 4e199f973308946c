import CivilTime

extension Scheduler {
    /// The earliest start for the next round of `series` hosted by `host`: `today` plus the
    /// notice (`notice`, else the series' `notice N days`, else ``Series/defaultNoticeDays``),
    /// plus the travel days (`travel N days`, 1 by default) when a delegate comes from another
    /// country than the venue's.
    static func earliestStart(
        _ series: Series, plan: Plan, host: (venue: String?, isVirtual: Bool, chair: String?, reason: String), today: LocalDate,
        notice: Int?
    ) -> EarliestStart {
        let noticeDays = notice ?? series.noticeDays ?? Series.defaultNoticeDays
        var travelDays = 0
        if let venue = host.venue, let country = plan.venuesByID[venue]?.country.id,
            series.delegates.contains(where: { plan.peopleByID[$0.id].map { $0.country.id != country } ?? false })
        {
            travelDays = series.travelDays ?? 1
        }
        return EarliestStart(today: today, noticeDays: noticeDays, travelDays: travelDays)
    }

    /// The first round `series` owes under a `within N days after` line that is not met and
    /// whose window has not closed by `after` (its due day is on or after it): the window the
    /// next round must go in. `nil` when none is open.
    public static func openObligation(_ series: Series, plan: Plan, after: LocalDate) -> Obligation? {
        series.obligations(in: plan).filter { !$0.isMet && $0.due.date >= after }.min { ($0.due.date, $0.opens) < ($1.due.date, $1.opens) }
    }

    /// The stages of the search (``searchSteps(_:due:anchor:after:latestStart:)``), kept inside the
    /// window of `obligation` when one is open: each stage is cut to the window and stages that
    /// miss it are dropped; when every stage misses it, the one stage is the window itself
    /// (from `after`), with `cadence` findings as costs. When the window closes before `after`
    /// or after `latestStart`, the stages are not cut.
    static func searchSteps(
        _ series: Series, due: LocalDate?, anchor: LocalDate? = nil, after: LocalDate, latestStart: LocalDate,
        inside obligation: Obligation?
    ) -> [SearchStep] {
        let steps = searchSteps(series, due: due, anchor: anchor, after: after, latestStart: latestStart)
        guard let obligation else { return steps }
        let from = max(obligation.opens, after)
        let through = min(obligation.due.date, latestStart)
        guard from <= through else { return steps }
        var inside: [SearchStep] = []
        for step in steps {
            let low = max(step.starts.from, from)
            let high = min(step.starts.through, through)
            guard low <= high else { continue }
            let window = DateWindow(from: low, through: high)
            if let last = inside.last, last.starts == window { continue }
            inside.append(SearchStep(index: step.index, starts: window, relaxesCadence: step.relaxesCadence))
        }
        if inside.isEmpty {
            inside = [SearchStep(index: 0, starts: DateWindow(from: from, through: through), relaxesCadence: due != nil)]
        }
        return inside
    }
}
