import CivilTime

extension CountryCalendar {
    /// The periods of `observance` that start in `year`, as this country keeps it by
    /// ``ObservanceTable``: none when it does not keep it; UN observances for every country.
    ///
    /// Ramadan ends the day before the country's Eid al-Fitr (decreed where the country has a
    /// table, so Indonesia's Ramadan 1447 runs 2026-02-19 … 2026-03-20); its first day is
    /// always estimated (no country table decrees it here). Russia's Great Lent 2026 runs
    /// 2026-02-23 … 2026-04-11. UN observances 2026: Eid al-Fitr, Orthodox Good Friday
    /// 2026-04-10, Eid al-Adha, Vesak and Yom Kippur 2026-09-21.
    ///
    /// - Complexity: computed on first use of a country, observance and year, then a cached read.
    public func periods(_ observance: Observance, in year: Int) -> [ObservancePeriod] {
        guard observance != .unObservances else { return Observance.unitedNationsDays(in: year) }
        return ObservanceTable.kept(by: country.code).filter { $0.observance == observance }.flatMap { periods(keeping: $0, in: year) }
            .sorted()
    }

    /// The periods of `kept` that start in `year` with this country's dates (its decreed Eid
    /// al-Fitr ends its Ramadan), whether or not ``ObservanceTable`` lists it for the country.
    public func periods(keeping kept: KeptObservance, in year: Int) -> [ObservancePeriod] {
        cachedPeriods(kept.rawValue, in: year) { kept.periods(in: year, islamic: definitionIslamicDates) }
    }

    /// Whether `date` falls in any period of `observance` as this country keeps it (periods
    /// may start the year before).
    public func isObserved(_ observance: Observance, on date: LocalDate) -> Bool {
        (date.year - 1...date.year).contains { year in periods(observance, in: year).contains { $0.contains(date) } }
    }
}
