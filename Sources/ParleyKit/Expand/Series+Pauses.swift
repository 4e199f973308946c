import CivilTime

extension Series {
    /// A date a rule measures from a round, with the series' pauses honoured: the day and,
    /// when a pause moved it, that pause.
    public struct Deadline: Hashable, Sendable {
        /// The day.
        public let date: LocalDate
        /// The pause that restarted the clock, when one did (the last, when several did).
        public let pause: Pause?
    }

    /// The day `span` after `anchor`, with pauses honoured: **a pause suspends the clock**.
    /// A pause that begins on or before that day (and ends on or after `anchor`) restarts the
    /// measurement at its last day, so the day becomes `span` after the pause's last day;
    /// repeated while another pause begins before the new day. `nil` past year 9999.
    ///
    /// The one place a pause changes a date: the cadence's due date
    /// (``nextExpected(after:)``), `gap at least` and `gap at most`, and the window of a
    /// `within N days after` obligation all come from here. With `paused 2018-01-01..2026-03-31`,
    /// 18 months after a round on 2017-03-22 is 2027-09-30, not 2018-09-22.
    ///
    /// - Complexity: O(*p*²) for *p* pauses in the worst case; O(*p*) when they are in order.
    public func deadline(_ span: Span, after anchor: LocalDate) -> Deadline? {
        guard var date = span.advance(anchor) else { return nil }
        var moved: Pause?
        var changed = true
        var rounds = 0
        while changed, rounds <= pauses.count {
            changed = false
            rounds += 1
            for pause in pauses where pause.from <= date && pause.through >= anchor {
                guard let restart = span.advance(pause.through), restart > date else { continue }
                date = restart
                moved = pause
                changed = true
            }
        }
        return Deadline(date: date, pause: moved)
    }
}
