extension Plan {
    /// `base` reduced to one series (countries, venues and people kept), for expanding that
    /// series alone.
    init(_ base: Plan, only series: Series) {
        self.init(base, keeping: [series])
    }

    /// `base` with only `series`, and only `people` when given (countries, venues,
    /// blackouts and their indexes shared with `base`).
    ///
    /// - Complexity: O(*k*) for *k* series kept, plus O(*p*) for *p* people given.
    init(_ base: Plan, keeping series: [Series], people: [Person]? = nil) {
        files = base.files
        countries = base.countries
        venues = base.venues
        self.people = people ?? base.people
        blackouts = base.blackouts
        blackoutsForEveryone = base.blackoutsForEveryone
        blackoutsByCountry = base.blackoutsByCountry
        countriesByID = base.countriesByID
        venuesByID = base.venuesByID
        peopleByID = people.map { Dictionary($0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) } ?? base.peopleByID
        self.series = series
        seriesByID = Dictionary(series.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
