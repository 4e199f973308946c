import CivilTime

/// Estimates of Buddhist, Hindu and Balinese festival dates beyond the almanac tables, each by
/// the rule of the country that keeps it, from computed new and full moons (``MoonPhase``),
/// the Indian calendar's months (``HinduCalendar``) and the lunisolar calendar
/// (``LunisolarCalendar``). Every such date is marked estimated; README's backtest table gives
/// how often each rule hits the decreed days.
enum AlmanacEstimates {
    /// Vesak as Singapore's Buddhist Federation fixes it: the 15th of the 4th month of the
    /// lunisolar calendar at UTC+8.
    static func vesak(_ year: Int) -> LocalDate? {
        LunisolarCalendar.china.date(year: year, month: 4, day: 15)
    }

    /// Waisak as Indonesia dates it: the day (WIB, UTC+7) of the astronomical full moon of the
    /// 4th lunisolar month.
    static func waisak(_ year: Int) -> LocalDate? {
        guard let first = LunisolarCalendar.china.date(year: year, month: 4, day: 1) else { return nil }
        let k = MoonPhase.lunation(near: Ephemeris.unixEpoch + Double(first.daysSinceEpoch))
        return IslamicCriterion.date(of: MoonPhase.ut(lunation: k, full: true), offset: Site.jakarta.utcOffset)
    }

    /// Buddha Pūrṇimā: the full moon of Vaiśākha, dated at New Delhi.
    static func buddhaPurnima(_ year: Int) -> LocalDate? {
        HinduCalendar.vaishakhaFullMoon(year, at: HinduCalendar.delhi)
    }

    /// Deepavali as India's central government keeps it (Lakshmi Pūjā, ``HinduCalendar/deepavali(_:)``).
    static func diwali(_ year: Int) -> LocalDate? { HinduCalendar.deepavali(year) }

    /// Deepavali as Singapore and Malaysia keep it: the Tamil Naraka Chaturdashi.
    static func tamilDeepavali(_ year: Int) -> LocalDate? { HinduCalendar.tamilDeepavali(year, at: .chennai) }

    /// Holi (``HinduCalendar/holi(_:)``).
    static func holi(_ year: Int) -> LocalDate? { HinduCalendar.holi(year) }

    /// Nyepi, the Balinese Saka new year: the day after Tilem Kesanga, the first new moon whose
    /// next day is 3 March or later. The Balinese calendar dates its new moons arithmetically,
    /// not astronomically; the date of the astronomical new moon at UTC−8 fits it best (25 of
    /// python-holidays' 36 Balinese-table years 2015–2050, 10 of the 13 decrees 2015–2027;
    /// the Bali-time date fits 14 and 4), so this is a fit, stated as such.
    static func nyepi(_ year: Int) -> LocalDate? {
        guard let march = LocalDate(year: year, month: 3, day: 3) else { return nil }
        let first = MoonPhase.lunation(near: Ephemeris.unixEpoch + Double(march.daysSinceEpoch) - 15)
        for k in first...(first + 2) {
            guard let day = IslamicCriterion.date(of: MoonPhase.ut(lunation: k), offset: -8)?.adding(days: 1) else { continue }
            if day >= march { return day }
        }
        return nil
    }
}
