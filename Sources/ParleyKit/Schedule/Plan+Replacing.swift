extension Plan {
    /// `base` with the series of the same id as `series` replaced by it, sharing every other
    /// collection and index with `base` (only the series list and its index are copied).
    ///
    /// The scheduler builds one of these per candidate window instead of resolving the plan again.
    ///
    /// - Complexity: O(*s*) for *s* series.
    init(_ base: Plan, replacing series: Series) {
        files = base.files
        countries = base.countries
        venues = base.venues
        people = base.people
        blackouts = base.blackouts
        countriesByID = base.countriesByID
        venuesByID = base.venuesByID
        peopleByID = base.peopleByID
        self.series = base.series.map { $0.id == series.id ? series : $0 }
        var byID = base.seriesByID
        byID[series.id] = series
        seriesByID = byID
    }

    /// `base` reduced to one series (countries, venues and people kept), for expanding that
    /// series alone.
    init(_ base: Plan, only series: Series) {
        files = base.files
        countries = base.countries
        venues = base.venues
        people = base.people
        blackouts = base.blackouts
        countriesByID = base.countriesByID
        venuesByID = base.venuesByID
        peopleByID = base.peopleByID
        self.series = [series]
        seriesByID = [series.id: series]
    }
}
