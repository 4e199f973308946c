import CivilTime
import Holidays

/// The country calendars a check needs, opened once per check: one ``CountryCalendar`` per
/// plan country whose holidays are `builtin` (with its `subdivision`, when the plan names
/// one). Each country-year is computed once per process by the `Holidays` target's cache.
public struct CalendarBook: Sendable {
    /// The calendars, by plan country id.
    public let calendars: [String: CountryCalendar]
    /// Why a country's built-in calendar could not be opened, by plan country id.
    public let unavailable: [String: HolidaysError]

    /// The calendars of `plan`'s countries.
    public init(plan: Plan) {
        var calendars: [String: CountryCalendar] = [:]
        var unavailable: [String: HolidaysError] = [:]
        for country in plan.countries where country.holidays == .builtin {
            do {
                calendars[country.id] = try CountryCalendar(country.id, subdivision: country.subdivision)
            } catch {
                unavailable[country.id] = error
            }
        }
        self.calendars = calendars
        self.unavailable = unavailable
    }

    /// The countries a round concerns: its series' partners, then its venue's country.
    static func parties(of occurrence: Occurrence, series: Series, plan: Plan) -> [String] {
        var ids = series.partners.map(\.id)
        if !occurrence.isVirtual, let host = occurrence.venueID.flatMap({ plan.venuesByID[$0]?.country.id }), !ids.contains(host) { ids.append(host) }
        return ids
    }

    /// Whether `date` is a weekend day of `country`: one of the plan's `weekend` days that the
    /// country has not decreed a working day (Russia's working Saturdays are working days).
    func isWeekend(_ date: LocalDate, of country: Country) -> Bool {
        guard country.weekend.contains(date.weekday) else { return false }
        guard let calendar = calendars[country.id] else { return true }
        return !calendar.workingDays(in: date.year).contains(date)
    }

    /// Whether a round of `series` on `first...last` avoids every calendar rule the series
    /// carries (holidays and the days next to estimated ones, weekends, observances) for all
    /// of `countries`: the test for the nearest clean date.
    func isClean(_ first: LocalDate, _ last: LocalDate, series: Series, countries: [Country]) -> Bool {
        let avoidsHolidays = series.rules.contains { $0.kind == .avoidHolidays }
        let avoidsWeekends = series.rules.contains { $0.kind == .avoidWeekends }
        let observances = series.rules.compactMap { rule -> Observance? in
            if case .avoidObservance(let name) = rule.kind { return Observance(word: name) }
            return nil
        }
        var day = first
        while day <= last {
            for country in countries {
                let calendar = calendars[country.id]
                if avoidsHolidays, let calendar, !calendar.holidays(on: day).isEmpty || calendar.isUncertain(day) { return false }
                if avoidsWeekends, isWeekend(day, of: country) { return false }
                if let calendar, observances.contains(where: { calendar.isObserved($0, on: day) }) { return false }
            }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        return true
    }

    /// The nearest clean start dates for `occurrence` (see ``isClean(_:_:series:countries:)``).
    func nearestClean(_ occurrence: Occurrence, series: Series, countries: [Country]) -> NearestClean {
        let length = occurrence.firstDay.days(until: occurrence.lastDay)
        return NearestClean.search(around: occurrence.firstDay) { start in
            guard let end = start.adding(days: length) else { return false }
            return isClean(start, end, series: series, countries: countries)
        }
    }
}
