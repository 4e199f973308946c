import CivilTime

/// Small date helpers shared by country rules.
enum CivilDate {
    /// 1 January of `year`.
    static func newYear(_ year: Int) -> LocalDate? { LocalDate(year: year, month: 1, day: 1) }
}
