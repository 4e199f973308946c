import CivilTime

/// Estimates of Buddhist, Hindu and Balinese festival dates beyond the almanac tables, from
/// the Chinese lunisolar calendar (Foundation `.chinese`), which tracks the same new and full
/// moons. Every such date is marked estimated.
///
/// Agreement with the tabled dates 2015–2035 (python-holidays' almanac tables): Vesak is the
/// 15th of the 4th Chinese month in 23 of 23 Singapore years and 20 of 21 Indonesian ones;
/// Diwali the day before the first Chinese month start on or after 18 October, within a day
/// of India's date every year; Nyepi the first Chinese month start on or after 3 March, exact
/// in about half the years and a day early otherwise (the Balinese calendar's arithmetic moon
/// drifts from the astronomical one).
enum AlmanacEstimates {
    /// Vesak (Waisak, Buddha Purnima in Southeast Asia): the full moon of the 4th Chinese month.
    static func vesak(_ year: Int) -> LocalDate? {
        LunarCalendars.chinese(year: year, month: 4, day: 15)
    }

    /// Deepavali: the day before the first new moon (Chinese month start) on or after 18 October.
    static func diwali(_ year: Int) -> LocalDate? {
        LocalDate(year: year, month: 10, day: 18).flatMap(LunarCalendars.chineseMonthStart(onOrAfter:))?.adding(days: -1)
    }

    /// Nyepi: the first new moon (Chinese month start) on or after 3 March.
    static func nyepi(_ year: Int) -> LocalDate? {
        LocalDate(year: year, month: 3, day: 3).flatMap(LunarCalendars.chineseMonthStart(onOrAfter:))
    }
}
