import CivilTime

/// The days off of one country (and optionally one subdivision): holidays, weekend, decreed
/// working days and the uncertainty of estimated dates.
///
/// ```swift
/// let act = try CountryCalendar("AU", subdivision: "ACT")
/// act.daysOff(in: 2026)            // New Year's Day … Canberra Day (2026-03-09) …
/// act.isDayOff(ISO8601.date("2026-06-01") ?? .minimum)   // Reconciliation Day → true
/// ```
///
/// Each country-year is computed once per process and cached (thread-safe), so queries after
/// the first are dictionary lookups.
public struct CountryCalendar: Sendable {
    private let cache: YearCache

    /// The country.
    public var country: Country { Country(cache.definition) }
    /// The subdivision, if one was asked for.
    public var subdivision: Subdivision? { cache.subdivision }

    /// The calendar of `countryCode` (ISO 3166-1 alpha-2, any case) and optional subdivision
    /// code (e.g. `"ACT"` or `"AU-ACT"`).
    /// - Throws: ``HolidaysError`` naming the unknown code, with suggestions.
    public init(_ countryCode: String, subdivision: String? = nil) throws(HolidaysError) {
        let definition = try Country.definition(countryCode)
        guard let subdivision else {
            cache = YearCache.store(for: definition, subdivision: nil)
            return
        }
        var wanted = subdivision.uppercased()
        if wanted.hasPrefix(definition.code + "-") { wanted.removeFirst(definition.code.count + 1) }
        guard let found = definition.subdivisions.first(where: { $0.code == wanted }) else {
            throw HolidaysError(
                code: .unknownSubdivision, value: subdivision, country: definition.code,
                suggestions: Spelling.closest(to: wanted, among: definition.subdivisions.map(\.code)))
        }
        cache = YearCache.store(for: definition, subdivision: found)
    }

    private func year(_ year: Int) -> CountryYear { cache.year(year) }

    /// The cached periods of `observance` (its plan word) starting in `year`, computed by `compute` on first use.
    func cachedPeriods(_ observance: String, in year: Int, compute: () -> [ObservancePeriod]) -> [ObservancePeriod] {
        cache.periods(observance, in: year, compute: compute)
    }

    /// The country's Islamic dates, for observances.
    var definitionIslamicDates: IslamicDates { cache.definition.islamic }

    /// The weekend in force in `year` (Saudi Arabia: Friday–Saturday).
    public func weekend(in year: Int) -> Weekend { self.year(year).weekend }

    /// The holidays of `year` (not the ordinary weekend), by date.
    /// - Complexity: O(n) on first use of a country-year, then a cached read.
    public func daysOff(in year: Int) -> [Holiday] { self.year(year).holidays }

    /// The holidays from `start` through `end` inclusive, by date.
    public func daysOff(from start: LocalDate, through end: LocalDate) -> [Holiday] {
        guard start <= end else { return [] }
        return (start.year...end.year).flatMap { daysOff(in: $0) }.filter { $0.date >= start && $0.date <= end }
    }

    /// The holidays on `date` (several names can share a day).
    public func holidays(on date: LocalDate) -> [Holiday] {
        let year = self.year(date.year)
        guard year.offDays.contains(date.daysSinceEpoch) else { return [] }
        return year.holidays.filter { $0.date == date }
    }

    /// Weekend days decreed working days in `year` (Russia's working Saturdays, China's
    /// adjusted working weekends), by date.
    public func workingDays(in year: Int) -> [LocalDate] {
        self.year(year).workingDays.sorted().compactMap { LocalDate(daysSinceEpoch: Int($0)) }
    }

    /// Whether `date` is a weekend day that has not been decreed a working day.
    public func isWeekend(_ date: LocalDate) -> Bool {
        let days = date.daysSinceEpoch
        let weekday = date.weekday
        return cache.withYear(date.year) { year in year.weekend.contains(weekday) && !year.workingDays.contains(days) }
    }

    /// Whether `date` is off work: a holiday of any kind or a (non-working) weekend day.
    public func isDayOff(_ date: LocalDate) -> Bool {
        let days = date.daysSinceEpoch
        let weekday = date.weekday
        return cache.withYear(date.year) { year in
            year.offDays.contains(days) || (year.weekend.contains(weekday) && !year.workingDays.contains(days))
        }
    }

    /// Whether `date` is an estimated holiday or a day next to one: the decree may yet move
    /// the holiday by a day, so rules should warn there.
    public func isUncertain(_ date: LocalDate) -> Bool {
        let days = date.daysSinceEpoch
        for year in Set([date.year, date.adding(days: -1)?.year ?? date.year, date.adding(days: 1)?.year ?? date.year])
        where self.year(year).uncertainDays.contains(days) {
            return true
        }
        return false
    }
}
