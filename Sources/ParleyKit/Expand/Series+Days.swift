import CivilTime

extension Series {
    /// The last day of a round of this series that starts on `first`: `lasting` days on, both
    /// ends included (`lasting 3 days` from 2026-03-10 ends on 2026-03-12). `nil` past year 9999.
    ///
    /// The one place a round's day count becomes its last day; ``RoundTime`` adds hours and zone.
    public func lastDay(startingOn first: LocalDate) -> LocalDate? {
        first.adding(days: lastingDays - 1)
    }
}
