import CivilTime

/// Cambodia (KH): the Royal Government's yearly sub-decree on public holidays.
///
/// Weekend Saturday–Sunday; no substitute days (replacement days are decreed one by one and
/// tabled). The sub-decree of 2019 dropped Meak Bochea, Children's Day, Paris Peace Agreement's
/// Day and Human Rights Day from 2020 and cut the King's Birthday to one day; Peace Day in
/// Cambodia (29 December) since 2024 (its sub-decree of 2023). The Khmer lunar days (Khmer New
/// Year, Visak Bochea, the Royal Ploughing Ceremony, Pchum Ben, the Water Festival) are tabled
/// (``CambodiaTables``) by the Khmer lunar calendar, estimated after the last sub-decree, and
/// computed by the Khmer calendar's arithmetic (``KhmerCalendar``) beyond the tables.
enum Cambodia {
    static let definition = CountryDefinition(
        code: "KH", name: "Cambodia",
        sources: [CambodiaTables.source],
        decreedThrough: CambodiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "International New Year Day")
        b.add(b.date(1, 7), "Day of Victory over the Genocidal Regime")
        b.add(b.date(3, 8), "International Women's Rights Day")
        b.add(b.date(5, 1), "International Labor Day")
        if y <= 2019 {
            b.add(b.date(5, 13), days: 3, ["HM King Norodom Sihamoni's Birthday"])
            b.add(b.date(6, 1), "International Children's Day")
            b.add(b.date(10, 23), "Paris Peace Agreement's Day")
            b.add(b.date(12, 10), "International Human Rights Day")
        } else {
            b.add(b.date(5, 14), "HM King Norodom Sihamoni's Birthday")
        }
        b.add(b.date(6, 18), "HM Queen Norodom Monineath Sihanouk the Queen-Mother's Birthday")
        b.add(b.date(9, 24), "Constitution Day")
        b.add(b.date(10, 15), "HM King Norodom Sihanouk Mourning Day")
        b.add(b.date(10, 29), "HM King Norodom Sihamoni's Coronation Day")
        b.add(b.date(11, 9), "National Independence Day")
        if y >= 2024 { b.add(b.date(12, 29), "Peace Day in Cambodia") }
        b.add(CambodiaTables.decreed)
        // Beyond the tables, by the Khmer calendar: Pchum Ben and the Water Festival are the
        // day before, the day and the day after their lunar day.
        let table = CambodiaTables.decreed
        if let last = table.lastYear(of: "Khmer New Year's Day"), y > last, let newYear = KhmerCalendar.newYear(y) {
            b.add(newYear.first, days: newYear.days, ["Khmer New Year's Day"], estimated: true)
        }
        b.add(AlmanacEstimates.khmer(KhmerCalendar.visakBochea), "Visaka Bochea Day", after: table)
        b.add(AlmanacEstimates.khmer(KhmerCalendar.royalPloughing), "Royal Ploughing Ceremony", after: table)
        b.add(AlmanacEstimates.khmer(KhmerCalendar.pchumBen), "Pchum Ben Day", after: table, around: -1...1)
        b.add(AlmanacEstimates.khmer(KhmerCalendar.waterFestival), "Water Festival", after: table, around: -1...1)
    }
}
