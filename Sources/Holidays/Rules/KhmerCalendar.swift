import CivilTime

/// The Khmer lunisolar calendar (Chhankitek) by its own arithmetic, the rules Roath Kim Soeun
/// published in *Pratitin Soryakkatik-Chankatik 1900–1999* (as described at
/// cam-cc.org/calendar and implemented in the momentkh library), from which Cambodia's Buddhist
/// holidays are dated.
///
/// - A year has 12 months alternating 29 and 30 days from Mikasar (29), 354 days; a leap-day
///   year (*chantrathimeas*) gives Jesth a 30th day (355); a leap-month year (*adhikameas*)
///   doubles Asath (384). Never both: a leap day due in a leap-month year passes to the next.
/// - From the Chulasakarat year *j* (Gregorian year of the Visakh full moon − 638): aharkun
///   = ⌊(292207·j + 373)/800⌋ + 1, kromthupul = 800 − (292207·j + 373) mod 800 (a solar leap
///   year when ≤ 207), avoman = (11·aharkun + 650) mod 692, bodithey = (aharkun +
///   ⌊(11·aharkun + 650)/692⌋) mod 30. Adhikameas when bodithey > 24 or < 6, except 25 followed
///   by 5 (not) and 24 followed by 6 (so); chantrathimeas when avoman < 127 in a solar leap
///   year, else < 138 unless 137 is followed by 0 (and 0 after 137 is one).
/// - Epoch: 1 January 1900 was the 1st waxing day of Bos.
///
/// It reproduces every Buddhist day Cambodia decreed 2015–2026 (README's backtest table).
enum KhmerCalendar {
    /// A day of the Khmer lunar year: `month` 1 (Mikasar) … 12 (Kadek), `day` 1–15 waxing,
    /// 16–30 the waning days 1–15.
    struct Day {
        let month: Int
        let day: Int
    }

    /// The 15th waxing day of Meak: Meak Bochea (Thailand's Makha Bucha).
    static let meakBochea = Day(month: 3, day: 15)
    /// The 15th waxing day of Visakh: Visak Bochea (Thailand's Visakha Bucha).
    static let visakBochea = Day(month: 6, day: 15)
    /// The 15th waxing day of Asath (the second Asath in a leap-month year): Thailand's
    /// Asarnha Bucha.
    static let asathFullMoon = Day(month: 8, day: 15)
    /// The 1st waning day of Asath: Thailand's Buddhist Lent Day (Khao Phansa).
    static let asathFirstWaning = Day(month: 8, day: 16)
    /// The 4th waning day of Visakh: the Royal Ploughing Ceremony.
    static let royalPloughing = Day(month: 6, day: 19)
    /// The 15th waning day of Photrobot: Pchum Ben.
    static let pchumBen = Day(month: 10, day: 30)
    /// The 15th waxing day of Kadek: the Water Festival's full moon (Sampeah Preah Khe).
    static let waterFestival = Day(month: 12, day: 15)

    private enum YearKind { case normal, leapDay, leapMonth }

    /// The civil date of `day` in the Khmer year whose Visakh falls in Gregorian `year`.
    ///
    /// Example: `date(of: .visakBochea, in: 2024)` → 2024-05-22.
    static func date(of day: Day, in year: Int) -> LocalDate? {
        guard let start = start(of: year) else { return nil }
        var offset = day.day - 1
        for month in 1..<day.month { offset += month % 2 == 1 ? 29 : 30 }
        switch kind(year - 638) {
        case .leapDay where day.month > 7: offset += 1
        case .leapMonth where day.month > 7: offset += 30
        default: break
        }
        return start.adding(days: offset)
    }

    /// Whether the lunar year whose Visakh falls in Gregorian `year` doubles Asath (a leap-month
    /// year, 384 days).
    static func hasLeapMonth(_ year: Int) -> Bool { kind(year - 638) == .leapMonth }

    /// Khmer New Year of Gregorian `year`: its first day (Moha Songkran) and its length to
    /// Leung Sak, the day the era changes (3 days, 4 when the Sun's entry takes two Vanabat days).
    ///
    /// Leung Sak is the lunar day numbered by the year's bodithey (a day later after a year both
    /// adhikameas and chantrathimeas): that day of Chetr when bodithey ≥ 6, else of Visakh; the
    /// length is 4 when the Sun's true longitude at the first candidate day (363 days after the
    /// last year's kromthupul in a 366-day solar year, else 362) is still under 1° of Aries.
    ///
    /// Example: 2024 → (2024-04-13, 4 days), as the sub-decree gave 13–16 April.
    static func newYear(_ year: Int) -> (first: LocalDate, days: Int)? {
        let j = year - 638
        let days = sunAngsar(j, sotin: isSolarLeap(j - 1) ? 363 : 362) == 0 ? 4 : 3
        var b = bodithey(j)
        if isAdhikameas(j - 1) && isChantrathimeas(j - 1) { b = (b + 1) % 30 }
        let leungSak = b >= 6 ? Day(month: 5, day: b) : Day(month: 6, day: b + 1)
        guard let last = date(of: leungSak, in: year), let first = last.adding(days: 1 - days) else { return nil }
        return (first, days)
    }

    /// The angsar (degree within the sign) of the Sun's true longitude `sotin` days into
    /// Chulasakarat year `j`, by the Khmer calendar's reasey/angsar/libda reckoning.
    private static func sunAngsar(_ j: Int, sotin: Int) -> Int {
        let kromthupul = 800 - (292_207 * (j - 1) + 373) % 800
        let r2 = 800 * sotin + kromthupul
        let reasey = r2 / 24_350
        let r3 = r2 % 24_350
        let average = 1800 * reasey + 60 * (r3 / 811) + (r3 % 811) / 14 - 3
        // Distance from the apogee (2 signs 20°), folded into one quadrant.
        var leftOver = average - (1800 * 2 + 60 * 20)
        if leftOver < 0 { leftOver += 1800 * 12 }
        let kaen = leftOver / 1800
        let folded: Int
        switch kaen {
        case 0...2: folded = leftOver
        case 3...5: folded = 1800 * 6 - leftOver
        case 6...8: folded = leftOver - 1800 * 6
        default: folded = 1800 * 12 - leftOver
        }
        let angsar = (folded % 1800) / 60
        let khan = 2 * (folded / 1800) + (angsar >= 15 ? 1 : 0)
        let pouichalip = 60 * (angsar >= 15 ? angsar - 15 : angsar) + folded % 60
        // The equation of centre by the table of chhaya.
        let chhaya: [(multiplier: Int, base: Int)] = [(35, 0), (32, 35), (27, 67), (22, 94), (13, 116), (5, 129)]
        let step = khan < chhaya.count ? chhaya[khan] : (multiplier: 0, base: 134)
        let phol = pouichalip * step.multiplier / 900 + step.base
        let trueLongitude = kaen <= 5 ? average - phol : average + phol
        return (trueLongitude % 1800) / 60
    }

    private static let epochYear = 1900
    /// 1 waxing Mikasar of the 1900 year, a month (29 days) before the epoch's 1 Bos.
    private static let epochStart = LocalDate(year: 1899, month: 12, day: 3)

    /// The first day (1 waxing Mikasar) of the Khmer year whose Visakh falls in `year`.
    private static func start(of year: Int) -> LocalDate? {
        guard year >= epochYear else { return nil }
        var days = 0
        for y in epochYear..<year {
            switch kind(y - 638) {
            case .normal: days += 354
            case .leapDay: days += 355
            case .leapMonth: days += 384
            }
        }
        return epochStart?.adding(days: days)
    }

    private static func aharkun(_ j: Int) -> Int { (292_207 * j + 373) / 800 + 1 }
    private static func avoman(_ j: Int) -> Int { (11 * aharkun(j) + 650) % 692 }
    private static func isSolarLeap(_ j: Int) -> Bool { 800 - (292_207 * j + 373) % 800 <= 207 }
    private static func bodithey(_ j: Int) -> Int {
        let a = aharkun(j)
        return (a + (11 * a + 650) / 692) % 30
    }

    private static func isAdhikameas(_ j: Int) -> Bool {
        let b = bodithey(j)
        let next = bodithey(j + 1)
        if b == 24 && next == 6 { return true }
        if b == 25 && next == 5 { return false }
        return b > 24 || b < 6
    }

    private static func isChantrathimeas(_ j: Int) -> Bool {
        let a = avoman(j)
        if a == 0 && avoman(j - 1) == 137 { return true }
        if isSolarLeap(j) { return a < 127 }
        if a == 137 && avoman(j + 1) == 0 { return false }
        return a < 138
    }

    private static func kind(_ j: Int) -> YearKind {
        if isAdhikameas(j) { return .leapMonth }
        if isChantrathimeas(j) { return .leapDay }
        // A leap day displaced by leap-month years falls in the first year after them.
        var previous = j - 1
        while isAdhikameas(previous) {
            if isChantrathimeas(previous) { return .leapDay }
            previous -= 1
        }
        return .normal
    }
}
