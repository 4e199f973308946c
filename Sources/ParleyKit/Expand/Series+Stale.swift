import CivilTime

extension Series {
    /// Whether `round` is stale on `today`: still `planned` or `proposed` although its last
    /// day is before today, so nobody has said whether it took place.
    public func isStale(_ round: Round, asOf today: LocalDate) -> Bool {
        guard round.status == .planned || round.status == .proposed else { return false }
        return (lastDay(startingOn: round.start.date) ?? round.start.date) < today
    }

    /// The rounds that took place or are still ahead on `today`, ordered as ``meetings``: held
    /// rounds, and planned or proposed rounds that are not stale. What `parley next` counts.
    public func meetings(asOf today: LocalDate) -> [Round] {
        meetings.filter { !isStale($0, asOf: today) }
    }
}
