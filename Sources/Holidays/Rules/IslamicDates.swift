import CivilTime

/// A country's Islamic holiday dates: decreed tables up to their confirmed year, then estimates.
///
/// Estimates follow the country's ``IslamicCriterion``: the MABIMS crescent computed at its
/// reference site, Türkiye's global criterion, or Foundation's Umm al-Qura calendar shifted by
/// a number of days (Saudi Arabia: none; a country that usually sights a day after Saudi
/// Arabia: +1). Every estimated day is marked ``Holiday/isEstimated``.
public struct IslamicDates: Sendable {
    /// Decreed dates per holiday (the date of the first day only).
    public let tables: [IslamicHoliday: DateTable]
    /// How month starts are estimated beyond the tables.
    public let criterion: IslamicCriterion

    /// A country's Islamic dates, estimated as Umm al-Qura plus `estimateShift` days.
    public init(estimateShift: Int, _ tables: [IslamicHoliday: DateTable] = [:]) {
        self.init(criterion: .ummAlQura(shift: estimateShift), tables)
    }

    /// A country's Islamic dates, estimated by `criterion`.
    public init(criterion: IslamicCriterion, _ tables: [IslamicHoliday: DateTable] = [:]) {
        self.tables = tables
        self.criterion = criterion
    }

    /// The same tables, estimated by `criterion` instead.
    public func deciding(by criterion: IslamicCriterion) -> IslamicDates {
        IslamicDates(criterion: criterion, tables)
    }

    /// The dates of `holiday` in civil `year`, each with whether it is estimated.
    ///
    /// A holiday can fall twice in one civil year (the Hijri year is ~354 days), e.g. Mawlid
    /// on 2015-01-03 and 2015-12-24.
    public func dates(_ holiday: IslamicHoliday, in year: Int) -> [(date: LocalDate, estimated: Bool)] {
        if let table = tables[holiday], table.covers(year), year <= table.confirmedThrough {
            return table.dates(in: year).map { ($0, false) }
        }
        return estimates(holiday, in: year).map { ($0, true) }
    }

    /// The dates of `holiday` in civil `year` by the criterion alone, ignoring the tables.
    public func estimates(_ holiday: IslamicHoliday, in year: Int) -> [LocalDate] {
        guard let start = LocalDate(year: year, month: 1, day: 1),
            let first = LunarCalendars.hijriYear(on: start)
        else { return [] }
        let (month, day) = holiday.hijri
        return ((first - 1)...(first + 1)).compactMap { hijriYear in
            guard let date = criterion.monthStart(year: hijriYear, month: month)?.adding(days: day - 1), date.year == year
            else { return nil }
            return date
        }
    }
}
