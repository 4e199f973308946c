import CivilTime

/// Dates fixed by the sun rather than the civil calendar, by the published 21st-century
/// approximations (valid 2000–2099).
enum SolarTerms {
    /// Qingming (Tomb-Sweeping Day, sun at 15°): 4 or 5 April.
    /// Formula `⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋`, Y = year mod 100 (the "Shouxing" formula).
    static func qingming(_ year: Int) -> LocalDate? {
        let y = year % 100
        let day = Int((Double(y) * 0.2422 + 4.81).rounded(.down)) - y / 4
        return LocalDate(year: year, month: 4, day: day)
    }

    /// Japan's Vernal Equinox Day (Shunbun no Hi) in Japan Standard Time, 1980–2099 formula
    /// published by the National Astronomical Observatory of Japan's almanac practice.
    static func vernalEquinoxJapan(_ year: Int) -> LocalDate? {
        let y = year - 1980
        let day = Int((20.8431 + 0.242194 * Double(y)).rounded(.down)) - Int((Double(y) / 4).rounded(.down))
        return LocalDate(year: year, month: 3, day: day)
    }

    /// Japan's Autumnal Equinox Day (Shūbun no Hi), same formula family as the vernal one.
    static func autumnalEquinoxJapan(_ year: Int) -> LocalDate? {
        let y = year - 1980
        let day = Int((23.2488 + 0.242194 * Double(y)).rounded(.down)) - Int((Double(y) / 4).rounded(.down))
        return LocalDate(year: year, month: 9, day: day)
    }
}
