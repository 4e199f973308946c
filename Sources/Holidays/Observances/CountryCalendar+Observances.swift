import CivilTime

extension CountryCalendar {
    /// The periods of `observance` that start in `year`, as this country keeps them.
    ///
    /// Ramadan ends the day before the country's Eid al-Fitr (decreed where the country has a
    /// table, so Indonesia's Ramadan 1447 runs 2026-02-19 … 2026-03-20); its first day is
    /// always estimated (no country table decrees it here). Examples for 2026: Western Lent
    /// 2026-02-18 … 2026-04-04; Russia's Great Lent 2026-02-23 … 2026-04-11; UN observances
    /// Eid al-Fitr, Orthodox Good Friday 2026-04-10, Eid al-Adha, Vesak and Yom Kippur 2026-09-21.
    ///
    /// - Complexity: computed on first use of a country, observance and year, then a cached read.
    public func periods(_ observance: Observance, in year: Int) -> [ObservancePeriod] {
        cachedPeriods(observance, in: year) { computePeriods(observance, in: year) }
    }

    private func computePeriods(_ observance: Observance, in year: Int) -> [ObservancePeriod] {
        switch observance {
        case .ramadan:
            return ramadan(in: year)
        case .lent:
            let orthodox = country.code == "RU"
            let easter = orthodox ? Easter.orthodox(year) : Easter.western(year)
            guard let easter, let start = easter.adding(days: orthodox ? -48 : -46),
                let end = easter.adding(days: -1)
            else { return [] }
            return [ObservancePeriod(name: orthodox ? "Great Lent" : "Lent", start: start, end: end, isEstimated: false)]
        case .unObservances:
            return unObservances(in: year)
        }
    }

    /// Whether `date` falls in any period of `observance` (periods may start the year before).
    public func isObserved(_ observance: Observance, on date: LocalDate) -> Bool {
        (date.year - 1...date.year).contains { year in periods(observance, in: year).contains { $0.contains(date) } }
    }

    private var islamic: IslamicDates { definitionIslamicDates }

    private func ramadan(in year: Int) -> [ObservancePeriod] {
        let dates = islamic
        var periods: [ObservancePeriod] = []
        for start in dates.dates(.ramadanStart, in: year) {
            // The Eid that ends this Ramadan: the first one 28–31 days after its start.
            let eids = dates.dates(.eidAlFitr, in: year) + dates.dates(.eidAlFitr, in: year + 1)
            guard let eid = eids.first(where: { (28...31).contains(start.date.days(until: $0.date)) }),
                let end = eid.date.adding(days: -1)
            else { continue }
            periods.append(ObservancePeriod(name: "Ramadan", start: start.date, end: end, isEstimated: true))
        }
        return periods
    }

    private func unObservances(in year: Int) -> [ObservancePeriod] {
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
