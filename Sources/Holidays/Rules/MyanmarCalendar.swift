import CivilTime

/// The Myanmar lunisolar calendar by its own arithmetic, as Yan Naing Aye describes it in
/// "Modern Myanmar Calendrical Calculations" (cool-emerald.blogspot.com, 2013; yan9a.github.io/mmcal),
/// the third era (Myanmar year 1312, 1950, on), from which Myanmar dates its full-moon days and
/// Thingyan.
///
/// - Solar year SY = 1577917828/4320000 days, lunar month LM = 1577917828/53433336 days, the
///   Myanmar era beginning at Julian Day MO = 1954168.050623.
/// - Year *my* has excess days ed = SY·(my + 3739) mod LM (plus LM when under
///   TA = (SY/12 − LM)·(12 − NM), NM = 8); it is watat (a second Waso of 30 days) when
///   ed ≥ LM − (SY/12 − LM)·NM, except years 1344 and 1345 (swapped). The full moon of (second)
///   Waso is Julian Day round(SY·my + MO − ed + 4.5·LM − 0.5), a day later in 1377.
/// - A watat year is big (Nayon of 30 days) when its Waso full moon falls 31 days or more
///   beyond 354 days after the last watat year's; a common year's Waso full moon is 354 days
///   per year after the last watat year's.
/// - Months alternate 30 and 29 days from Waso (30): the full moons of Thadingyut and
///   Tazaungmon are 89 and 118 days after Waso's, Tabaung's 236; Kason's is 59 days before
///   (60 in a big watat year, 30 more in a watat year).
/// - Thingyan: the Atat instant (the Sun's entry, new year) is Julian Day SY·my + MO, Akya
///   2.169918982 days before it; New Year's Day is the day after the Atat day.
///
/// It reproduces every full-moon day, Thadingyut, National Day, Karen New Year and Diwali
/// Myanmar notified 2015–2026 (README's backtest table).
enum MyanmarCalendar {
    private static let solarYear = 1_577_917_828.0 / 4_320_000.0
    private static let lunarMonth = 1_577_917_828.0 / 53_433_336.0
    private static let eraStart = 1_954_168.050623
    /// Julian Day Number of 1970-01-01, the epoch of ``LocalDate/daysSinceEpoch``.
    private static let unixJDN = 2_440_588
    private static let thirdEra = 1312

    /// A day counted from the full moon of (second) Waso of a Myanmar year.
    struct Day {
        let afterWaso: Int
    }

    /// The full moon of Waso (Dhammasekya; Buddhist Lent begins).
    static let wasoFullMoon = Day(afterWaso: 0)
    /// The full moon of Thadingyut (end of Lent, the Festival of Lights).
    static let thadingyutFullMoon = Day(afterWaso: 89)
    /// The 1st waxing day of Tazaungmon: Diwali as Myanmar keeps it.
    static let diwali = Day(afterWaso: 104)
    /// The full moon of Tazaungmon.
    static let tazaungmonFullMoon = Day(afterWaso: 118)
    /// The 10th waning day of Tazaungmon: National Day.
    static let nationalDay = Day(afterWaso: 128)
    /// The 1st waxing day of Pyatho: Karen New Year.
    static let karenNewYear = Day(afterWaso: 163)
    /// The full moon of Tabaung, closing the Myanmar year (in the next Gregorian year).
    static let tabaungFullMoon = Day(afterWaso: 236)

    /// The civil date of `day` in Myanmar year `my` (which begins in April of `my + 638`).
    ///
    /// Example: `date(of: .wasoFullMoon, inMyanmarYear: 1386)` → 2024-07-20.
    static func date(of day: Day, inMyanmarYear my: Int) -> LocalDate? {
        guard let year = year(my) else { return nil }
        return LocalDate(daysSinceEpoch: year.wasoFullMoon + day.afterWaso - unixJDN)
    }

    /// The dates of `day` falling in Gregorian `year` (none or two for a day near 1 January).
    static func dates(of day: Day, in year: Int) -> [LocalDate] {
        ((year - 640)...(year - 638)).compactMap { date(of: day, inMyanmarYear: $0) }.filter { $0.year == year }
    }

    /// The full moon of Kason (Buddha Day) in Gregorian `year`.
    static func kasonFullMoon(_ year: Int) -> LocalDate? {
        guard let myanmar = self.year(year - 638) else { return nil }
        let before = 59 + (myanmar.kind == .bigWatat ? 1 : 0) + (myanmar.kind == .common ? 0 : 30)
        return LocalDate(daysSinceEpoch: myanmar.wasoFullMoon - before - unixJDN)
    }

    /// Thingyan of Gregorian `year`: the Akya day and New Year's Day (the day after Atat).
    ///
    /// Example: 2024 → (2024-04-14, 2024-04-17).
    static func thingyan(_ year: Int) -> (akya: LocalDate, newYear: LocalDate)? {
        let my = year - 638
        guard my >= thirdEra else { return nil }
        let atat = solarYear * Double(my) + eraStart
        let akya = atat - 2.169918982
        guard let akyaDay = LocalDate(daysSinceEpoch: round(akya) - unixJDN),
            let newYear = LocalDate(daysSinceEpoch: round(atat) + 1 - unixJDN)
        else { return nil }
        return (akyaDay, newYear)
    }

    private enum Kind { case common, littleWatat, bigWatat }

    /// JavaScript's Math.round, the reference implementation's rounding.
    private static func round(_ x: Double) -> Int { Int((x + 0.5).rounded(.down)) }

    /// Whether `my` is watat, and its Waso full moon (valid for a watat year).
    private static func watat(_ my: Int) -> (isWatat: Bool, wasoFullMoon: Int) {
        let adjust = (solarYear / 12 - lunarMonth) * (12 - 8)
        var excess = (solarYear * Double(my + 3739)).truncatingRemainder(dividingBy: lunarMonth)
        if excess < adjust { excess += lunarMonth }
        let offset = my == 1377 ? 0.5 : -0.5
        let fullMoon = round(solarYear * Double(my) + eraStart - excess + 4.5 * lunarMonth + offset)
        let threshold = lunarMonth - (solarYear / 12 - lunarMonth) * 8
        let isWatat = (excess >= threshold) != (my == 1344 || my == 1345)
        return (isWatat, fullMoon)
    }

    /// The kind of Myanmar year `my` and the Julian Day Number of its Waso full moon.
    private static func year(_ my: Int) -> (kind: Kind, wasoFullMoon: Int)? {
        // The previous watat year within three years (the rules need them in the third era too).
        guard my - 3 >= thirdEra else { return nil }
        let this = watat(my)
        var back = 0
        var previous = this
        repeat {
            back += 1
            previous = watat(my - back)
        } while !previous.isWatat && back < 3
        guard this.isWatat else { return (.common, previous.wasoFullMoon + 354 * back) }
        let gap = (this.wasoFullMoon - previous.wasoFullMoon) % 354
        return (gap / 31 == 0 ? .littleWatat : .bigWatat, this.wasoFullMoon)
    }
}
