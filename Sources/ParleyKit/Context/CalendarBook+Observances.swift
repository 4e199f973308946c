import CivilTime
import Holidays

extension CalendarBook {
    /// What `country` keeps: the built-in ``ObservanceTable`` entry for its code, then what its
    /// `keeps` lines add.
    static func kept(by country: Country) -> [KeptObservance] {
        let builtIn = ObservanceTable.kept(by: country.id)
        return builtIn + country.keeps.filter { !builtIn.contains($0) }
    }

    /// The periods of `observance` starting in `year` as `country` keeps it, with its own dates
    /// (its built-in calendar's Eid al-Fitr ends its Ramadan; estimates without one). Empty when
    /// it does not keep it. UN observances are not a country's: see ``Observance/unitedNationsDays(in:)``.
    func periods(_ observance: Observance, keptBy country: Country, in year: Int) -> [ObservancePeriod] {
        Self.kept(by: country).filter { $0.observance == observance }.flatMap { kept in
            calendars[country.id].map { $0.periods(keeping: kept, in: year) } ?? kept.periods(in: year)
        }
    }

    /// Whether `date` falls in `observance` as `country` keeps it (UN observances for every
    /// country); periods may start the year before.
    func isObserved(_ observance: Observance, by country: Country, on date: LocalDate) -> Bool {
        (date.year - 1...date.year).contains { year in
            let periods =
                observance == .unObservances ? Observance.unitedNationsDays(in: year) : self.periods(observance, keptBy: country, in: year)
            return periods.contains { $0.contains(date) }
        }
    }
}
