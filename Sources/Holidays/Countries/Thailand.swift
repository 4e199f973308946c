import CivilTime

/// Thailand (TH): Cabinet resolutions on public holidays.
///
/// Weekend Saturday–Sunday. Fixed days by rule, with the royal days of the reign in force;
/// a holiday on a weekend gives the next working day ("in lieu"). The Buddhist lunar days
/// (Makha, Visakha, Asarnha Bucha, Buddhist Lent) and the Cabinet's bridge days are tabled
/// (``ThailandTables``); past the tables the lunar days are estimated
/// (``AlmanacEstimates/thai(_:laterInLeapYears:)``).
enum Thailand {
    static let definition = CountryDefinition(
        code: "TH", name: "Thailand",
        sources: [ThailandTables.source],
        decreedThrough: ThailandTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.nth(2, .saturday, of: 1), "National Children's Day")
        b.add(b.date(4, 6), "Chakri Memorial Day")
        if y == 2020 {
            // Postponed by the Cabinet (COVID-19, resolution of 2020-04-07); the days were given on
            // 27 July, 4 and 7 September (resolution of 2020-05-26).
            for (month, day) in [(7, 27), (9, 4), (9, 7)] { b.add(b.date(month, day), "Songkran Festival (in lieu)", .observed) }
        } else {
            b.add(b.date(4, 13), days: 3, ["Songkran Festival"])
        }
        b.add(b.date(5, 1), "National Labor Day")
        if y >= 2019 { b.add(b.date(6, 3), "HM Queen Suthida's Birthday") }
        if y >= 2017 { b.add(b.date(7, 28), "HM King Maha Vajiralongkorn's Birthday") }
        b.add(b.date(8, 12), y >= 2017 ? "HM Queen Sirikit The Queen Mother's Birthday" : "HM Queen Sirikit's Birthday")
        b.add(b.date(8, 12), "National Mother's Day")
        b.add(b.date(10, 23), "HM King Chulalongkorn Memorial Day")
        b.add(b.date(12, 5), y >= 2017 ? "HM King Bhumibol Adulyadej the Great's Birthday" : "HM King Bhumibol Adulyadej's Birthday")
        b.add(b.date(12, 5), "National Day")
        b.add(b.date(12, 5), "National Father's Day")
        b.add(b.date(12, 10), "Constitution Day")
        b.add(b.date(12, 31), "New Year's Eve")
        b.add(ThailandTables.decreed)
        // Beyond the tables, the Buddhist days by the Chulasakarat arithmetic (estimated).
        let table = ThailandTables.decreed
        b.add(AlmanacEstimates.thai(KhmerCalendar.meakBochea, laterInLeapYears: true), "Makha Bucha", after: table)
        b.add(AlmanacEstimates.thai(KhmerCalendar.visakBochea, laterInLeapYears: true), "Visakha Bucha", after: table)
        b.add(AlmanacEstimates.thai(KhmerCalendar.asathFullMoon), "Asarnha Bucha", after: table)
        b.add(AlmanacEstimates.thai(KhmerCalendar.asathFirstWaning), "Buddhist Lent Day", after: table)
        // Last year's New Year's Eve on a weekend is made up in January, after New Year's Day's.
        b.add(LocalDate(year: y - 1, month: 12, day: 31), "New Year's Eve")
        // Songkran's three days earn one day in lieu at most, and Buddhist Lent Day none when
        // Asarnha Bucha, the day before, already took the in-lieu day.
        let weekend: Set<Weekday> = [.saturday, .sunday]
        let songkran = b.holidays.filter { $0.name == "Songkran Festival" && weekend.contains($0.date.weekday) }.map(\.date).min()
        let asarnha = Set(b.holidays.filter { $0.name == "Asarnha Bucha" && weekend.contains($0.date.weekday) }.map(\.date))
        b.substitute(
            on: weekend, name: { $0.name + " (in lieu)" },
            where: { holiday in
                guard holiday.kind == .public, holiday.name != "National Children's Day" else { return false }
                if holiday.name == "Songkran Festival" { return holiday.date == songkran }
                if holiday.name == "Buddhist Lent Day" {
                    return !(holiday.date.adding(days: -1).map(asarnha.contains) ?? false)
                }
                return true
            })
    }
}
