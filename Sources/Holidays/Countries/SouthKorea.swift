import CivilTime

/// South Korea (KR): Regulations on Holidays of Government Offices and the Act on Public
/// Holidays.
///
/// Weekend Saturday–Sunday. Seollal (lunar 1/1, with the day before and after), Buddha's
/// Birthday (4/8) and Chuseok (8/15 ±1) from Korea's own lunar calendar, computed from new
/// moons at UTC+9 (``LunisolarCalendar/korea``; China's, at UTC+8, differs in 2023, 2027 and
/// 2028). Alternative holidays: Seollal and Chuseok days on a
/// Sunday or on another holiday, and Children's Day on a weekend or another holiday, give the
/// next non-holiday weekday (since 2014); since 2021 also Independence Movement Day,
/// Liberation Day, National Foundation Day and Hangul Day on a weekend; since 2023 also Buddha's
/// Birthday and Christmas; since 2026 Labour Day (1 May) and Constitution Day (17 July), both
/// holidays again from 2026 (2025 amendments, as compiled by python-holidays 0.109). One
/// alternative day per date. Election days and temporary holidays are tabled.
enum SouthKorea {
    static let definition = CountryDefinition(
        code: "KR", name: "South Korea",
        sources: ["Regulations on Holidays of Government Offices (Presidential Decree)", SouthKoreaTables.source],
        decreedThrough: SouthKoreaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        let seollal = LunisolarCalendar.korea.date(year: y, month: 1, day: 1)
        b.add(seollal?.adding(days: -1), "The day preceding Korean New Year")
        b.add(seollal, "Korean New Year")
        b.add(seollal?.adding(days: 1), "The second day of Korean New Year")
        b.add(b.date(3, 1), "Independence Movement Day")
        b.add(LunisolarCalendar.korea.date(year: y, month: 4, day: 8), "Buddha's Birthday")
        if y >= 2026 { b.add(b.date(5, 1), "Labor Day") }
        b.add(b.date(5, 5), "Children's Day")
        b.add(b.date(6, 6), "Memorial Day")
        if y >= 2026 { b.add(b.date(7, 17), "Constitution Day") }
        b.add(b.date(8, 15), "Liberation Day")
        let chuseok = LunisolarCalendar.korea.date(year: y, month: 8, day: 15)
        b.add(chuseok?.adding(days: -1), "The day preceding Chuseok")
        b.add(chuseok, "Chuseok")
        b.add(chuseok?.adding(days: 1), "The second day of Chuseok")
        b.add(b.date(10, 3), "National Foundation Day")
        b.add(b.date(10, 9), "Hangul Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(SouthKoreaTables.decreed)
        alternatives(&b, seollal: seollal, chuseok: chuseok, year: y)
    }

    private static func alternatives(_ b: inout YearBuilder, seollal: LocalDate?, chuseok: LocalDate?, year: Int) {
        let all = b.holidays
        func clashes(_ date: LocalDate, _ name: String) -> Bool {
            all.contains { $0.date == date && $0.name != name }
        }
        var wanted: [(after: LocalDate, name: String)] = []
        let groups: [(LocalDate?, String, Set<String>)] = [
            (seollal, "Korean New Year", ["The day preceding Korean New Year", "Korean New Year", "The second day of Korean New Year"]),
            (chuseok, "Chuseok", ["The day preceding Chuseok", "Chuseok", "The second day of Chuseok"]),
        ]
        for (centre, name, group) in groups {
            guard let centre, let last = centre.adding(days: 1) else { continue }
            let days = (-1...1).compactMap { centre.adding(days: $0) }
            let clash = days.contains { day in
                day.weekday == .sunday || all.contains { $0.date == day && !group.contains($0.name) }
            }
            if clash { wanted.append((last, name)) }
        }
        // Children's Day: on a weekend or on another holiday (since 2014). The days added in
        // 2021 (and 2023, 2026): on a weekend only. One alternative day per date.
        var weekendOnly: [String] = []
        if year >= 2021 { weekendOnly += ["Independence Movement Day", "Liberation Day", "National Foundation Day", "Hangul Day"] }
        if year >= 2023 { weekendOnly += ["Buddha's Birthday", "Christmas Day"] }
        if year >= 2026 { weekendOnly += ["Labor Day", "Constitution Day"] }
        var dates = Set<LocalDate>()
        for holiday in all.sorted() {
            let onWeekend = holiday.date.weekday == .saturday || holiday.date.weekday == .sunday
            let qualifies =
                holiday.name == "Children's Day"
                ? onWeekend || clashes(holiday.date, holiday.name)
                : weekendOnly.contains(holiday.name) && onWeekend
            if qualifies && dates.insert(holiday.date).inserted { wanted.append((holiday.date, holiday.name)) }
        }
        for item in wanted.sorted(by: { $0.after < $1.after }) {
            var day = item.after.adding(days: 1)
            while let current = day, b.isOff(current) { day = current.adding(days: 1) }
            b.add(day, "Alternative holiday for " + item.name, .observed)
        }
    }
}
