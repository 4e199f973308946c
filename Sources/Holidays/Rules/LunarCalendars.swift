import CivilTime
import Foundation
import Synchronization

/// Conversions from the Chinese, Islamic and Hebrew calendars to civil dates, through
/// Foundation's `Calendar` (slow: hundreds of ns per call), each result cached.
///
/// These are used when a country year is first computed; the year itself is then cached by
/// ``CountryCalendar``, so Foundation is never called per query.
public enum LunarCalendars {
    /// The Islamic calendar variant used to estimate Hijri dates.
    public enum IslamicVariant: Sendable, Hashable {
        /// Saudi Arabia's Umm al-Qura calendar (Foundation `.islamicUmmAlQura`).
        case ummAlQura
        /// The tabular (civil) Islamic calendar (Foundation `.islamicCivil`).
        case civil
    }

    private struct Key: Hashable { let kind: UInt8, year: Int, month: Int, day: Int, leap: Bool }
    private static let cache = Mutex<[Key: Int]>([:])

    private static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.gmt

    private static func calendar(_ identifier: Calendar.Identifier, zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = zone
        return calendar
    }

    private static let chineseCalendar = calendar(.chinese, zone: TimeZone(secondsFromGMT: 8 * 3600) ?? utc)
    private static let ummAlQura = calendar(.islamicUmmAlQura, zone: utc)
    private static let islamicCivil = calendar(.islamicCivil, zone: utc)
    private static let hebrewCalendar = calendar(.hebrew, zone: utc)

    private static func noon(_ date: LocalDate) -> Date {
        Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + 43_200)
    }

    private static func memo(_ key: Key, _ compute: () -> LocalDate?) -> LocalDate? {
        if let days = cache.withLock({ $0[key] }) { return LocalDate(daysSinceEpoch: days) }
        guard let date = compute() else { return nil }
        cache.withLock { $0[key] = Int(date.daysSinceEpoch) }
        return date
    }

    /// The civil date of day `day` of Chinese month `month` (not a leap month) of the lunar
    /// year that starts in civil year `year` (one Foundation conversion, then cached).
    ///
    /// Example: `chinese(year: 2026, month: 1, day: 1)` → 2026-02-17 (Chinese New Year);
    /// `chinese(year: 2017, month: 8, day: 15)` → 2017-10-04 (after leap month 6).
    /// Month 12 dates therefore fall early in `year + 1`.
    public static func chinese(year: Int, month: Int, day: Int) -> LocalDate? {
        memo(Key(kind: 0, year: year, month: month, day: day, leap: false)) {
            // Foundation numbers Chinese years within 60-year cycles (eras) from 2637 BCE:
            // 1984 is era 78, year 1.
            var parts = DateComponents()
            parts.era = (year + 2636) / 60 + 1
            parts.year = (year + 2636) % 60 + 1
            parts.month = month
            parts.day = day
            parts.hour = 12
            parts.isLeapMonth = false
            guard let date = chineseCalendar.date(from: parts) else { return nil }
            return LocalDate(daysSinceEpoch: Int(((date.timeIntervalSince1970 + 8 * 3600) / 86_400).rounded(.down)))
        }
    }

    /// Chinese New Year (month 1, day 1) in civil year `year` (always 21 Jan – 20 Feb).
    public static func chineseNewYear(_ year: Int) -> LocalDate? { chinese(year: year, month: 1, day: 1) }

    /// The civil date of Hijri `year`-`month`-`day` in the given Islamic calendar.
    ///
    /// Example: `islamic(year: 1447, month: 10, day: 1, variant: .ummAlQura)` → 2026-03-20
    /// (Indonesia and Singapore decreed 2026-03-21).
    public static func islamic(year: Int, month: Int, day: Int, variant: IslamicVariant = .ummAlQura) -> LocalDate? {
        let kind: UInt8 = variant == .ummAlQura ? 2 : 3
        return memo(Key(kind: kind, year: year, month: month, day: day, leap: false)) {
            let calendar = variant == .ummAlQura ? ummAlQura : islamicCivil
            let parts = DateComponents(year: year, month: month, day: day, hour: 12)
            guard let date = calendar.date(from: parts) else { return nil }
            return LocalDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
    }

    /// The Hijri year in progress on civil date `date` (Umm al-Qura), cached by date.
    public static func hijriYear(on date: LocalDate) -> Int? {
        let key = Key(kind: 5, year: date.year, month: date.month, day: date.day, leap: false)
        if let year = cache.withLock({ $0[key] }) { return year }
        guard let year = ummAlQura.dateComponents([.year], from: noon(date)).year else { return nil }
        cache.withLock { $0[key] = year }
        return year
    }

    /// The civil date of Hebrew `month`/`day` in the Hebrew year that begins (1 Tishri) in civil
    /// year `year`. Foundation numbers Tishri as month 1.
    ///
    /// Example: Yom Kippur (10 Tishri) in 2026 → `hebrew(year: 2026, month: 1, day: 10)` → 2026-09-21.
    public static func hebrew(year: Int, month: Int, day: Int) -> LocalDate? {
        memo(Key(kind: 4, year: year, month: month, day: day, leap: false)) {
            let parts = DateComponents(year: year + 3761, month: month, day: day, hour: 12)
            guard let date = hebrewCalendar.date(from: parts) else { return nil }
            return LocalDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
    }
}
