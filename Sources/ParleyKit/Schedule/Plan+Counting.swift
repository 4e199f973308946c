import CivilTime

extension Plan {
    /// The plan as `parley next` counts it on `today`: every series without its stale rounds
    /// (over but still planned or proposed, ``Series/isStale(_:asOf:)``), so only rounds that
    /// took place or are still ahead set the due date, the host and the obligations.
    func counting(asOf today: LocalDate) -> Plan {
        guard series.contains(where: { series in series.rounds.contains { series.isStale($0, asOf: today) } }) else { return self }
        let kept = series.map { series in
            series.rounds.contains { series.isStale($0, asOf: today) }
                ? series.replacingRounds(series.rounds.filter { !series.isStale($0, asOf: today) }) : series
        }
        return Plan(self, keeping: kept)
    }
}
