import Synchronization

/// Periods of observances that belong to no built-in calendar (the UN days, Ramadan or Lent
/// estimated for a country without one), computed once per process for each name and year.
enum PeriodCache {
    private struct Key: Hashable {
        let name: String
        let year: Int
    }

    private static let table = Mutex<[Key: [ObservancePeriod]]>([:])

    /// The periods cached under `name` and `year`, computed by `compute` on first use.
    static func periods(_ name: String, in year: Int, compute: () -> [ObservancePeriod]) -> [ObservancePeriod] {
        let key = Key(name: name, year: year)
        if let cached = table.withLock({ $0[key] }) { return cached }
        let computed = compute()
        return table.withLock { table in
            if let cached = table[key] { return cached }
            table[key] = computed
            return computed
        }
    }
}
