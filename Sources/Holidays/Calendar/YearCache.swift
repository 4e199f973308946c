import CivilTime

import Synchronization

/// The process-wide cache of computed country-years, safe to share across tasks.
///
/// A year is computed outside the lock; if two tasks race, both compute the same value and the
/// first stored wins, so each country-year is computed at most a handful of times and then read.
final class YearCache: Sendable {
    struct Key: Hashable, Sendable {
        let country: String
        let subdivision: String?
        let year: Int
    }

    static let shared = YearCache()

    private let storage = Mutex<[Key: CountryYear]>([:])

    func year(_ key: Key, compute: () -> CountryYear) -> CountryYear {
        if let cached = storage.withLock({ $0[key] }) { return cached }
        let computed = compute()
        return storage.withLock { table in
            if let cached = table[key] { return cached }
            table[key] = computed
            return computed
        }
    }
}
