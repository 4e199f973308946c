import CivilTime

/// Myanmar (MM): the Union Government's yearly notification of public holidays.
///
/// Weekend Saturday–Sunday; no substitute days, but decreed transfers (a Saturday worked for a
/// weekday off, as in 2025) are tabled with their working Saturdays. Fixed: Independence Day,
/// Union Day, Peasants' Day, Armed Forces Day, May Day, Martyrs' Day, Christmas; New Year's Day
/// and Chinese New Year since 2025. The days of the Myanmar lunar calendar (the full moons of
/// Tabaung, Kason, Waso and Tazaungmon, Thingyan and the Myanmar New Year, Thadingyut, National
/// Day, Karen New Year) and Diwali are tabled (``MyanmarTables``), estimated after the last
/// notification, and computed by the Myanmar calendar (``MyanmarCalendar``) beyond the
/// tables; Eid al-Adha from the notifications, then Umm al-Qura plus one day (estimated; the
/// notified dates 2020–2025 are each a day after Umm al-Qura).
enum Myanmar {
    static let definition = CountryDefinition(
        code: "MM", name: "Myanmar",
        sources: [MyanmarTables.source],
        islamic: MyanmarTables.islamic,
        decreedThrough: MyanmarTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        if b.year >= 2025 {
            b.add(b.date(1, 1), "New Year's Day")
            b.add(LunarCalendars.chineseNewYear(b.year), "Chinese New Year")
        }
        b.add(b.date(1, 4), "Independence Day")
        b.add(b.date(2, 12), "Union Day")
        b.add(b.date(3, 2), "Peasants' Day")
        b.add(b.date(3, 27), "Armed Forces Day")
        b.add(b.date(5, 1), "May Day")
        b.add(b.date(7, 19), "Martyrs' Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.eidAlAdha, from: MyanmarTables.islamic, ["Eid al-Adha"])
        b.add(MyanmarTables.decreed)
        addEstimates(&b)
        b.addWorkingDays(MyanmarTables.workingDays)
    }

    /// Beyond the tables, the days of the Myanmar calendar (``MyanmarCalendar``), estimated.
    /// Thingyan runs, as the notifications of 2024–2026 gave it, from the eve of Akya to the
    /// fourth day after New Year's Day; Thadingyut is the full moon and the days either side.
    static func addEstimates(_ b: inout YearBuilder) {
        let table = MyanmarTables.decreed
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.tabaungFullMoon), "Full Moon Day of Tabaung", after: table)
        b.add(MyanmarCalendar.kasonFullMoon, "Full Moon Day of Kason", after: table)
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.wasoFullMoon), "Full Moon Day of Waso", after: table)
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.thadingyutFullMoon), "Thadingyut Holidays", after: table, around: -1...1)
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.diwali), "Diwali", after: table)
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.tazaungmonFullMoon), "Full Moon Day of Tazaungmon", after: table)
        b.add(AlmanacEstimates.myanmar(MyanmarCalendar.nationalDay), "National Day", after: table)
        if let last = table.lastYear(of: "Karen New Year"), b.year > last {
            for date in MyanmarCalendar.dates(of: MyanmarCalendar.karenNewYear, in: b.year) {
                b.add(date, "Karen New Year", estimated: true)
            }
        }
        if let last = table.lastYear(of: "Myanmar New Year"), b.year > last, let thingyan = MyanmarCalendar.thingyan(b.year) {
            let days = thingyan.akya.days(until: thingyan.newYear) + 6
            b.add(thingyan.akya.adding(days: -1), days: days, ["Myanmar New Year"], estimated: true)
        }
    }
}
