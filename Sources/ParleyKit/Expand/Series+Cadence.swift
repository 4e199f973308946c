import CivilTime

extension Series {
    /// The day the cadence expects the next round after a round on `anchor`, allowing for
    /// pauses as ``deadline(_:after:)`` does: a pause that starts before the expected day moves
    /// the expectation to one cadence after the pause's last day. `nil` without a cadence.
    ///
    /// With `every 12 months` and `paused 2018-01-01..2026-06-30`, the round after
    /// 2017-03-22 is expected on 2027-06-30, not 2018-03-22.
    public func nextExpected(after anchor: LocalDate) -> LocalDate? {
        cadence.flatMap { deadline($0, after: anchor)?.date }
    }

    /// The venue the hosting arrangement expects after a round at `previous` (the next in an
    /// alternation, the fixed host), or `nil` when it expects none.
    public func expectedVenue(after previous: String?) -> String? {
        guard let hosting else { return nil }
        switch hosting.mode {
        case .fixed(let venue): return venue.id
        case .virtual, .rotate: return nil
        case .alternate(let venues):
            guard let previous, let index = venues.firstIndex(where: { $0.id == previous }) else { return venues.first?.id }
            return venues[(index + 1) % venues.count].id
        }
    }

    /// The tolerance of the cadence rule in days: the plan's `tolerance`, else 31 days for
    /// month and year cadences, 2 days for weekly ones and none for daily ones.
    public var cadenceTolerance: Int {
        for rule in rules { if case .tolerance(let days) = rule.kind { return days } }
        switch cadence?.unit {
        case .months, .years: return 31
        case .weeks: return 2
        case .days, nil: return 0
        }
    }
}
