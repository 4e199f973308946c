import CivilTime

/// A named period a plan rule may avoid (`avoid ramadan`, `avoid lent`, `avoid un-observances`).
public enum Observance: String, CaseIterable, Hashable, Sendable {
    /// Ramadan, in the countries that keep it (1 Ramadan through the day before the country's
    /// Eid al-Fitr).
    case ramadan
    /// Lent, in the countries that keep it: Western Lent (Ash Wednesday through Holy Saturday)
    /// or Great Lent (Clean Monday through Holy Saturday before Orthodox Easter).
    case lent
    /// The days the United Nations calendar of conferences keeps free, for every round: Eid
    /// al-Fitr, Eid al-Adha and Orthodox Good Friday (UN holidays) and Yom Kippur and Vesak
    /// (avoided).
    case unObservances = "un-observances"

    /// The observance for a plan word (`ramadan`, `lent`, `un-observances`), or `nil`.
    public init?(word: String) { self.init(rawValue: word.lowercased()) }

    /// The days of the UN calendar of conferences in `year` (``unObservances``), the same for
    /// every country: Eid al-Fitr and Eid al-Adha on estimated Umm al-Qura dates, Orthodox
    /// Good Friday, Yom Kippur and Vesak (the fourth Chinese month's full moon).
    ///
    /// - Complexity: computed on first use of a year, then a cached read.
    public static func unitedNationsDays(in year: Int) -> [ObservancePeriod] {
        PeriodCache.periods(unObservances.rawValue, in: year) { computeUnitedNationsDays(in: year) }
    }

    private static func computeUnitedNationsDays(in year: Int) -> [ObservancePeriod] {
        let ummAlQura = IslamicDates(estimateShift: 0)
        var days: [(String, LocalDate?, Bool)] = []
        for found in ummAlQura.dates(.eidAlFitr, in: year) { days.append(("Eid al-Fitr", found.date, true)) }
        for found in ummAlQura.dates(.eidAlAdha, in: year) { days.append(("Eid al-Adha", found.date, true)) }
        days.append(("Orthodox Good Friday", Easter.orthodox(year)?.adding(days: -2), false))
        days.append(("Yom Kippur", LunarCalendars.hebrew(year: year, month: 1, day: 10), false))
        // Vesak: the full moon of the fourth Chinese month (15th day), the date most of Asia keeps.
        days.append(("Vesak", LunarCalendars.chinese(year: year, month: 4, day: 15), true))
        return days.compactMap { name, date, estimated in
            date.map { ObservancePeriod(name: name, start: $0, end: $0, isEstimated: estimated) }
        }.sorted()
    }
}
