import CivilTime

/// Saudi Arabia (SA): Labour Law implementing regulations and Council of Ministers decisions.
///
/// Weekend **Friday–Saturday** (Royal Decree of 2013-06-23; Thursday–Friday before). Eid
/// al-Fitr four days from the eve of 1 Shawwal (the government holiday starts after the last
/// working day of Ramadan); Day of Arafah and three days of Eid al-Adha; Founding Day
/// (22 February, since 2022, Royal Order A/371 of 2022) and National Day (23 September). Hijri
/// dates from Umm al-Qura, the Kingdom's own calendar (marked estimated: Eid is announced by
/// the Supreme Court on sighting). Eid days on the weekend are made up by working days after
/// the holiday; Founding and National Day on a Friday give the Thursday before, on a Saturday
/// the Sunday after.
enum SaudiArabia {
    static let definition = CountryDefinition(
        code: "SA", name: "Saudi Arabia",
        sources: [
            "Royal Decree of 2013-06-23 (Friday–Saturday weekend)", "Royal Order A/371 of 2022 (Founding Day)",
            "Umm al-Qura calendar (Foundation .islamicUmmAlQura)",
        ],
        weekend: { $0 >= 2013 ? .fridaySaturday : Weekend([.thursday, .friday]) },
        islamic: islamic,
        build: build)

    static let islamic = IslamicDates(estimateShift: 0)

    static func build(_ b: inout YearBuilder) {
        if b.year >= 2022 { b.add(b.date(2, 22), "Founding Day Holiday") }
        b.add(b.date(9, 23), "National Day Holiday")
        for (name, first, lead) in [("Eid al-Fitr Holiday", IslamicHoliday.eidAlFitr, 1), ("Eid al-Adha Holiday", .arafah, 0)] {
            for found in islamic.dates(first, in: b.year) {
                let days = (0..<4).compactMap { found.date.adding(days: $0 - lead) }
                for (index, day) in days.enumerated() {
                    b.add(day, first == .arafah && index == 0 ? "Day of Arafah" : name, estimated: true)
                }
                let onWeekend = days.filter { b.weekend.contains($0.weekday) }.count
                var next = days.last?.adding(days: 1)
                for _ in 0..<onWeekend {
                    while let current = next, b.isOff(current) { next = current.adding(days: 1) }
                    b.add(next, name + " (observed)", .observed, estimated: true)
                    next = next?.adding(days: 1)
                }
            }
        }
        for holiday in b.holidays where holiday.name == "Founding Day Holiday" || holiday.name == "National Day Holiday" {
            if holiday.date.weekday == .friday { b.add(holiday.date.adding(days: -1), holiday.name + " (observed)", .observed) }
            if holiday.date.weekday == .saturday { b.add(holiday.date.adding(days: 1), holiday.name + " (observed)", .observed) }
        }
    }
}
