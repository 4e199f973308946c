import CivilTime

/// Myanmar (MM): the Union Government's yearly notification of public holidays.
///
/// Weekend Saturday–Sunday; no substitute days, but decreed transfers (a Saturday worked for a
/// weekday off, as in 2025) are tabled with their working Saturdays. Fixed: Independence Day,
/// Union Day, Peasants' Day, Armed Forces Day, May Day, Martyrs' Day, Christmas; New Year's Day
/// and Chinese New Year since 2025. The days of the Myanmar lunar calendar (the full moons of
/// Tabaung, Kason, Waso and Tazaungmon, Thingyan and the Myanmar New Year, Thadingyut, National
/// Day, Karen New Year) and Diwali are tabled (``MyanmarTables``), estimated after the last
/// notification; Eid al-Adha from the notifications, then Umm al-Qura plus one day (estimated; the
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
        b.addWorkingDays(MyanmarTables.workingDays)
    }
}
