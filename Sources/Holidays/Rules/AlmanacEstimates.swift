import CivilTime

/// Estimates of Buddhist, Hindu and Balinese festival dates beyond the almanac tables, each by
/// the rule of the country that keeps it, from computed new and full moons (``MoonPhase``),
/// the Indian calendar's months (``HinduCalendar``), the lunisolar calendar
/// (``LunisolarCalendar``), the Balinese Saka calendar (``BalineseSaka``), and the Khmer
/// (``KhmerCalendar``, also Thailand's) and Myanmar (``MyanmarCalendar``) calendars. Every such date is marked estimated; README's backtest table gives
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

    /// A day of the Khmer lunar calendar, as Cambodia dates its Buddhist days (``KhmerCalendar``).
    static func khmer(_ day: KhmerCalendar.Day) -> @Sendable (Int) -> LocalDate? { { KhmerCalendar.date(of: day, in: $0) } }

    /// A Buddhist day of Thailand's lunar calendar past its tables: the Chulasakarat year
    /// arithmetic Thailand shares with Cambodia (``KhmerCalendar``), with Thailand's custom of
    /// keeping Makha and Visakha Bucha a month later (months 4 and 7) in a leap-month year
    /// (`laterInLeapYears`). Thailand's own almanac places some leap days and, from 2042, some
    /// leap months a year apart from this arithmetic (README's backtest table counts the days).
    static func thai(_ day: KhmerCalendar.Day, laterInLeapYears: Bool = false) -> @Sendable (Int) -> LocalDate? {
        { year in
            guard laterInLeapYears, KhmerCalendar.hasLeapMonth(year) else { return KhmerCalendar.date(of: day, in: year) }
            return KhmerCalendar.date(of: KhmerCalendar.Day(month: day.month + 1, day: day.day), in: year)
        }
    }

    /// A day of the Myanmar calendar in a Gregorian year, as Myanmar dates its full-moon days
    /// (``MyanmarCalendar``).
    static func myanmar(_ day: MyanmarCalendar.Day) -> @Sendable (Int) -> LocalDate? { { MyanmarCalendar.dates(of: day, in: $0).first } }

    /// Nyepi, the Balinese Saka new year, by the Balinese calendar's own rules (``BalineseSaka``).
    static func nyepi(_ year: Int) -> LocalDate? { BalineseSaka.nyepi(year) }
}
