import CivilTime
import Foundation
import Synchronization

/// How a country decides that a Hijri month has begun, for estimates beyond its decrees.
public enum IslamicCriterion: Sendable, Hashable {
    /// Saudi Arabia's Umm al-Qura calendar (Foundation `.islamicUmmAlQura`) shifted by `shift` days.
    case ummAlQura(shift: Int)
    /// The MABIMS criterion at `site` (Brunei, Indonesia, Malaysia, Singapore): from 2022 (1443 H)
    /// the crescent's altitude ≥ 3° and elongation ≥ 6.4° at sunset; before, altitude ≥ 2° and
    /// elongation ≥ 3° or age ≥ 8 hours.
    case mabims(Site)

    private struct Key: Hashable {
        let criterion: IslamicCriterion
        let year: Int
        let month: Int
    }
    private static let cache = Mutex<[Key: Int]>([:])

    /// The civil date of 1 `month` of Hijri `year` under this criterion.
    ///
    /// Example: `.mabims(.pelabuhanRatu)` for 1 Shawwal 1444 → 2023-04-22 (Indonesia's decree),
    /// where Umm al-Qura gives 2023-04-21.
    public func monthStart(year: Int, month: Int) -> LocalDate? {
        if case .ummAlQura(let shift) = self {
            return LunarCalendars.islamic(year: year, month: month, day: 1)?.adding(days: shift)
        }
        let key = Key(criterion: self, year: year, month: month)
        if let days = Self.cache.withLock({ $0[key] }) { return LocalDate(daysSinceEpoch: days) }
        guard let start = compute(year: year, month: month) else { return nil }
        Self.cache.withLock { $0[key] = Int(start.daysSinceEpoch) }
        return start
    }

    /// The new moon before 1 `month` of Hijri `year`, as a lunation number: 1 Shawwal 1420 followed
    /// the new moon of 6 January 2000 (lunation 0).
    static func lunation(year: Int, month: Int) -> Int { (year - 1) * 12 + (month - 1) - 17_037 }

    private func compute(year: Int, month: Int) -> LocalDate? {
        let conjunction = MoonPhase.ut(lunation: Self.lunation(year: year, month: month))
        switch self {
        case .ummAlQura: return nil
        case .mabims(let site):
            guard var evening = Self.date(of: conjunction, offset: site.utcOffset) else { return nil }
            var sunset = Horizon.sunset(on: evening, at: site)
            if let first = sunset, first < conjunction, let next = evening.adding(days: 1) {
                evening = next
                sunset = Horizon.sunset(on: next, at: site)
            }
            guard let sunset else { return nil }
            let crescent = Horizon.crescent(at: sunset, from: site)
            let age = (crescent.sunset - conjunction) * 24
            let seen =
                evening.year >= 2022
                ? crescent.altitude >= 3 && crescent.elongation >= 6.4
                : crescent.altitude >= 2 && (crescent.elongation >= 3 || age >= 8)
            return evening.adding(days: seen ? 1 : 2)
        }
    }

    /// The civil date of the UT Julian Day `jd` in a zone `offset` hours from UTC.
    static func date(of jd: Double, offset: Double) -> LocalDate? {
        LocalDate(daysSinceEpoch: Int((jd - Ephemeris.unixEpoch + offset / 24).rounded(.down)))
    }
}
