import CivilTime

/// A country's Islamic holiday dates: decreed tables up to their confirmed year, then estimates.
///
/// Estimates come from Foundation's Umm al-Qura calendar shifted by `estimateShift` days: a
/// country that decides by local sighting or by the MABIMS criterion (Indonesia, Malaysia,
/// Singapore) is most often one day later than Umm al-Qura, so their shift is +1. Every
/// estimated day is marked ``Holiday/isEstimated``.
public struct IslamicDates: Sendable {
    /// Decreed dates per holiday (the date of the first day only).
    public let tables: [IslamicHoliday: DateTable]
    /// Days added to Umm al-Qura for estimates.
    public let estimateShift: Int

    /// A country's Islamic dates.
    public init(estimateShift: Int, _ tables: [IslamicHoliday: DateTable] = [:]) {
        self.tables = tables
        self.estimateShift = estimateShift
    }

    /// The dates of `holiday` in civil `year`, each with whether it is estimated.
    ///
    /// A holiday can fall twice in one civil year (the Hijri year is ~354 days), e.g. Mawlid
    /// on 2015-01-03 and 2015-12-24.
    public func dates(_ holiday: IslamicHoliday, in year: Int) -> [(date: LocalDate, estimated: Bool)] {
        if let table = tables[holiday], table.covers(year), year <= table.confirmedThrough {
            return table.dates(in: year).map { ($0, false) }
        }
        guard let start = LocalDate(year: year, month: 1, day: 1),
            let first = LunarCalendars.hijriYear(on: start)
        else { return [] }
        let (month, day) = holiday.hijri
        var result: [(date: LocalDate, estimated: Bool)] = []
        for hijriYear in first...(first + 1) {
            guard
                let date = LunarCalendars.islamic(year: hijriYear, month: month, day: day)?
                    .adding(days: estimateShift), date.year == year
            else { continue }
            result.append((date, true))
        }
        return result
    }
}
