import CivilTime
import Foundation
import Synchronization

/// The Indian amānta lunisolar calendar from true new moons and the Sun's sidereal longitude
/// (Lahiri ayanāṃśa, the Indian Calendar Reform Committee's, 23.857° at J2000 growing
/// 50.29″ a year), and the festivals dated by it.
///
/// A month runs from new moon to new moon and takes its name from the sign the Sun is in when
/// it starts: Sun in Mīna (Pisces) → Chaitra, Meṣa → Vaiśākha, and so on. A month in which the
/// Sun enters no sign (no saṅkrānti) is adhika (intercalary) and the next month carries the
/// name for real. A tithi is a 12° step of the Moon's elongation from the Sun.
enum HinduCalendar {
    /// Month names by index: 0 Chaitra … 6 Āśvina, 7 Kārtika … 11 Phālguna.
    enum Month: Int {
        case chaitra = 0
        case vaishakha
        case jyeshtha
        case ashadha
        case shravana
        case bhadrapada
        case ashvina
        case kartika
        case margashirsha
        case pausha
        case magha
        case phalguna
    }

    /// New Delhi, where India's festival days are reckoned.
    static let delhi = Site(name: "New Delhi", latitude: 28.61, longitude: 77.21, utcOffset: 5.5)

    static func ayanamsa(_ tt: Double) -> Double { 23.857 + 0.0139694 * (tt - 2_451_545) / 365.25 }

    /// The Sun's sidereal sign (0 Meṣa … 11 Mīna) at the UT Julian Day `ut`.
    static func sign(at ut: Double) -> Int {
        let moment = Ephemeris.Moment(ut: ut)
        return Int(Ephemeris.normalized(Ephemeris.sun(moment).longitude - ayanamsa(moment.tt)) / 30)
    }

    private static let signs = Mutex<[Int: Int]>([:])

    /// The Sun's sidereal sign at new moon `k`, computed once per process (the months of every
    /// festival and year are scanned over the same new moons).
    private static func sign(atNewMoon k: Int) -> Int {
        if let sign = signs.withLock({ $0[k] }) { return sign }
        let sign = sign(at: MoonPhase.ut(lunation: k))
        signs.withLock { $0[k] = sign }
        return sign
    }

    /// The lunation that starts the (non-adhika) month `month` beginning in civil `year`.
    static func lunation(starting month: Month, in year: Int) -> Int? {
        guard let january = LocalDate(year: year, month: 1, day: 1) else { return nil }
        let first = MoonPhase.lunation(near: Ephemeris.unixEpoch + Double(january.daysSinceEpoch))
        for k in first...(first + 13) {
            let start = MoonPhase.ut(lunation: k)
            let sign = sign(atNewMoon: k)
            let isAdhika = sign == Self.sign(atNewMoon: k + 1)
            guard !isAdhika, (sign + 1) % 12 == month.rawValue,
                let date = IslamicCriterion.date(of: start, offset: 5.5), date.year == year
            else { continue }
            return k
        }
        return nil
    }

    /// The Moon's elongation from the Sun, degrees, at the UT Julian Day `ut`.
    static func elongation(at ut: Double) -> Double {
        let moment = Ephemeris.Moment(ut: ut)
        return Ephemeris.normalized(Ephemeris.moon(moment).longitude - Ephemeris.sun(moment).longitude)
    }

    private enum Festival: Hashable { case deepavali, tamilDeepavali, holi, vaishakhaFullMoon }
    private struct Key: Hashable {
        let festival: Festival
        let year: Int
        let site: Site
    }
    private static let festivals = Mutex<[Key: LocalDate?]>([:])

    /// `compute`'s date of `festival` in `year` at `site`, computed once per process (India,
    /// Delhi and Fiji share Deepavali; Malaysia, Kuala Lumpur and Singapore the Tamil one).
    private static func memo(_ festival: Festival, _ year: Int, _ site: Site, _ compute: () -> LocalDate?) -> LocalDate? {
        let key = Key(festival: festival, year: year, site: site)
        if let date = festivals.withLock({ $0[key] }) { return date }
        let date = compute()
        festivals.withLock { $0[key] = date }
        return date
    }

    /// The instant near `guess` (UT) at which the elongation reaches `target` degrees.
    static func instant(elongation target: Double, near guess: Double) -> Double {
        var ut = guess
        for _ in 0..<5 {
            var difference = Ephemeris.normalized(target - elongation(at: ut))
            if difference > 180 { difference -= 360 }
            ut += difference / 12.19
        }
        return ut
    }

    /// The civil day at `site` whose sunset falls within the tithi from `start` to `end` (UT), the
    /// later one if two do; else the day `start` falls on.
    static func dayWithSunset(from start: Double, to end: Double, at site: Site) -> LocalDate? {
        guard let first = IslamicCriterion.date(of: start, offset: site.utcOffset) else { return nil }
        var found: LocalDate?
        for offset in 0...1 {
            guard let day = first.adding(days: offset), let sunset = Horizon.sunset(on: day, at: site) else { continue }
            if sunset >= start && sunset < end { found = day }
        }
        return found ?? first
    }

    /// Deepavali (Lakshmi Pūjā): the day whose evening falls in the amāvasyā (the 30th tithi)
    /// that ends Āśvina, at New Delhi.
    ///
    /// Example: 2023 → 2023-11-12 (the new moon was 13 November 09:27 UT).
    static func deepavali(_ year: Int) -> LocalDate? {
        memo(.deepavali, year, delhi) {
            guard let k = lunation(starting: .kartika, in: year) else { return nil }
            let end = MoonPhase.ut(lunation: k)
            let start = instant(elongation: 348, near: end - 0.98)
            return dayWithSunset(from: start, to: end, at: delhi)
        }
    }

    /// Naraka Chaturdashi, the Tamil Deepavali: the day at whose sunrise (06:00 at `site`) the
    /// 29th tithi of Āśvina (elongation 336°–348°) runs, else the day the 30th tithi begins.
    static func tamilDeepavali(_ year: Int, at site: Site) -> LocalDate? {
        memo(.tamilDeepavali, year, site) {
            guard let k = lunation(starting: .kartika, in: year) else { return nil }
            let end = MoonPhase.ut(lunation: k)
            let start = instant(elongation: 336, near: end - 1.97)
            let stop = instant(elongation: 348, near: end - 0.98)
            guard let first = IslamicCriterion.date(of: start, offset: site.utcOffset) else { return nil }
            for offset in 0...1 {
                guard let day = first.adding(days: offset) else { continue }
                let sunrise = Ephemeris.unixEpoch + Double(day.daysSinceEpoch) + (6 - site.utcOffset) / 24
                if sunrise >= start && sunrise < stop { return day }
            }
            return IslamicCriterion.date(of: stop, offset: site.utcOffset)
        }
    }

    /// Holi (Dhulandi): the day after Holika Dahan, the day whose evening falls in the pūrṇimā
    /// (15th tithi) of Phālguna, at New Delhi.
    static func holi(_ year: Int) -> LocalDate? {
        memo(.holi, year, delhi) {
            guard let k = lunation(starting: .phalguna, in: year) else { return nil }
            let end = MoonPhase.ut(lunation: k, full: true)
            let start = instant(elongation: 168, near: end - 0.98)
            return dayWithSunset(from: start, to: end, at: delhi)?.adding(days: 1)
        }
    }

    /// The civil date at `site` of the full moon of Vaiśākha in `year` (Buddha Pūrṇimā).
    static func vaishakhaFullMoon(_ year: Int, at site: Site) -> LocalDate? {
        memo(.vaishakhaFullMoon, year, site) {
            lunation(starting: .vaishakha, in: year).flatMap {
                IslamicCriterion.date(of: MoonPhase.ut(lunation: $0, full: true), offset: site.utcOffset)
            }
        }
    }
}
