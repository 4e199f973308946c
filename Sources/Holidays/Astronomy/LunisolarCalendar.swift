import CivilTime
import Foundation
import Synchronization

/// The Chinese-style lunisolar calendar computed from true new moons and the Sun's apparent
/// longitude, dated in one civil time zone: the rules of the 1645 Shixian calendar as Korea's
/// KASI and China's Purple Mountain Observatory apply them, the zone being the only difference
/// (Korea: UTC+9 since 1961; China: UTC+8).
///
/// A month starts on the civil date of its new moon. The month containing the winter solstice
/// is the 11th; when 13 months start between one such month and the next, the first of them
/// that contains no principal solar term (a multiple of 30° of solar longitude) is the leap
/// month and repeats the previous number.
public struct LunisolarCalendar: Sendable, Hashable {
    /// The civil zone's offset from UTC, hours.
    public let utcOffset: Double

    /// Korea's lunar calendar (Seoul, UTC+9).
    public static let korea = LunisolarCalendar(utcOffset: 9)
    /// China's lunar calendar (Beijing time, UTC+8).
    public static let china = LunisolarCalendar(utcOffset: 8)

    /// One lunar month.
    struct Month {
        let start: LocalDate
        let number: Int
        let isLeap: Bool
    }

    private struct Key: Hashable {
        let calendar: LunisolarCalendar
        let year: Int
    }
    private static let cache = Mutex<[Key: [Month]]>([:])

    /// The civil date of `day` of lunar `month` (not a leap month) of the lunar year that starts
    /// in civil `year`.
    ///
    /// Example: `LunisolarCalendar.korea.date(year: 2023, month: 4, day: 8)` → 2023-05-27
    /// (Buddha's Birthday; KASI), where China's 4/8 is 2023-05-26.
    public func date(year: Int, month: Int, day: Int) -> LocalDate? {
        months(of: year).first { $0.number == month && !$0.isLeap }?.start.adding(days: day - 1)
    }

    /// Months 11 of `year − 1` to 10 of `year`, cached per year.
    func months(of year: Int) -> [Month] {
        let key = Key(calendar: self, year: year)
        if let months = Self.cache.withLock({ $0[key] }) { return months }
        let months = compute(year)
        Self.cache.withLock { $0[key] = months }
        return months
    }

    private func start(_ lunation: Int) -> LocalDate? {
        IslamicCriterion.date(of: MoonPhase.ut(lunation: lunation), offset: utcOffset)
    }

    /// The Sun's apparent longitude at local midnight starting `date`.
    private func solarLongitude(at date: LocalDate) -> Double {
        let ut = Ephemeris.unixEpoch + Double(date.daysSinceEpoch) - utcOffset / 24
        return Ephemeris.sun(Ephemeris.Moment(ut: ut)).longitude
    }

    /// Whether the Sun reaches `target` longitude between local midnight of `from` and of `to`.
    private func reaches(_ target: Double, from: LocalDate, to: LocalDate) -> Bool {
        let a = solarLongitude(at: from)
        let b = solarLongitude(at: to)
        return Ephemeris.normalized(target - a) < Ephemeris.normalized(b - a)
    }

    /// The lunation of the 11th month (containing the winter solstice) of civil year `year`.
    private func solsticeMonth(_ year: Int) -> Int? {
        guard let december = LocalDate(year: year, month: 12, day: 10) else { return nil }
        let guess = MoonPhase.lunation(near: Ephemeris.unixEpoch + Double(december.daysSinceEpoch))
        for k in (guess - 1)...(guess + 1) {
            guard let from = start(k), let to = start(k + 1) else { continue }
            if reaches(270, from: from, to: to) { return k }
        }
        return nil
    }

    private func compute(_ year: Int) -> [Month] {
        guard let first = solsticeMonth(year - 1), let last = solsticeMonth(year) else { return [] }
        let starts = (first...last).compactMap(start)
        guard starts.count == last - first + 1 else { return [] }
        var leapIndex: Int?
        if last - first == 13 {
            leapIndex = (1..<13).first { index in
                let a = solarLongitude(at: starts[index])
                let b = solarLongitude(at: starts[index + 1])
                return (a / 30).rounded(.down) == (b / 30).rounded(.down)
            }
        }
        var months: [Month] = []
        var number = 11
        for index in 0..<(starts.count - 1) {
            let isLeap = index == leapIndex
            if index > 0 && !isLeap { number = number % 12 + 1 }
            months.append(Month(start: starts[index], number: number, isLeap: isLeap))
        }
        return months
    }
}
