import CivilTime

/// Easter Sunday by integer computus, Western (Gregorian) and Orthodox (Julian).
public enum Easter {
    /// Western Easter Sunday of `year` (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    ///
    /// Example: 2025 → 2025-04-20; 2026 → 2026-04-05; 2038 → 2038-04-25 (latest possible).
    public static func western(_ year: Int) -> LocalDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }

    /// Orthodox Easter Sunday of `year` as a Gregorian date (Julian computus, Meeus, then the
    /// Julian→Gregorian shift `year/100 − year/400 − 2`, 13 days in 1900–2099).
    ///
    /// Example: 2025 → 2025-04-20 (same as Western); 2026 → 2026-04-12.
    public static func orthodox(_ year: Int) -> LocalDate? {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let shift = year / 100 - year / 400 - 2
        return LocalDate(year: year, month: month, day: day)?.adding(days: shift)
    }
}
