import Synchronization

/// The computed years of one calendar (country + subdivision), safe to share across tasks.
///
/// A year is computed outside the lock; if two tasks race, both compute the same value and the
/// first stored wins. Stores are shared process-wide through ``YearCache/store(for:subdivision:)``,
/// so every ``CountryCalendar`` value for the same country and subdivision reads one cache.
final class YearCache: Sendable {
    let definition: CountryDefinition
    let subdivision: Subdivision?
    private let years = Mutex<[Int: CountryYear]>([:])
    private let observances = Mutex<[ObservanceYear: [ObservancePeriod]]>([:])

    /// An observance (its plan word) in one year, the key of its cached periods.
    private struct ObservanceYear: Hashable {
        let observance: String
        let year: Int
    }

    private init(definition: CountryDefinition, subdivision: Subdivision?) {
        self.definition = definition
        self.subdivision = subdivision
    }

    /// The year, computed on first use.
    func year(_ year: Int) -> CountryYear {
        if let cached = years.withLock({ $0[year] }) { return cached }
        return store(year)
    }

    /// Runs `body` on the cached year without copying it out of the cache.
    func withYear<Result: Sendable>(_ year: Int, _ body: (borrowing CountryYear) -> Result) -> Result {
        let found: Result? = years.withLock { table -> Result? in
            guard let cached = table[year] else { return nil }
            return body(cached)
        }
        if let found { return found }
        return body(store(year))
    }

    /// The periods of `observance` (its plan word) starting in `year`, computed by `compute` on first use.
    func periods(_ observance: String, in year: Int, compute: () -> [ObservancePeriod]) -> [ObservancePeriod] {
        let key = ObservanceYear(observance: observance, year: year)
        if let cached = observances.withLock({ $0[key] }) { return cached }
        let computed = compute()
        return observances.withLock { table in
            if let cached = table[key] { return cached }
            table[key] = computed
            return computed
        }
    }

    private func store(_ year: Int) -> CountryYear {
        let computed = CountryYear(definition: definition, subdivision: subdivision?.code, year: year)
        return years.withLock { table in
            if let cached = table[year] { return cached }
            table[year] = computed
            return computed
        }
    }

    private static let stores = Mutex<[String: YearCache]>([:])

    /// The shared store of a country's (or subdivision's) calendar.
    static func store(for definition: CountryDefinition, subdivision: Subdivision?) -> YearCache {
        let key = definition.code + "-" + (subdivision?.code ?? "")
        return stores.withLock { stores in
            if let store = stores[key] { return store }
            let store = YearCache(definition: definition, subdivision: subdivision)
            stores[key] = store
            return store
        }
    }
}
