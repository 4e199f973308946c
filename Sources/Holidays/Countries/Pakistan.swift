import CivilTime

/// Pakistan (PK): the Cabinet Division's yearly notification of public holidays under the
/// Negotiable Instruments Act 1881 s. 25 and the Federal Government's holiday policy.
///
/// Weekend Saturday–Sunday for federal offices. Fixed: Kashmir Solidarity Day (5 February),
/// Pakistan Day (23 March), Labour Day, Youm-e-Takbeer (28 May, since 2024), Independence Day
/// (14 August), Iqbal Day (9 November; dropped 2015–2021), Quaid-e-Azam Day (25 December); general
/// election days by notification. Islamic days follow the Central Ruet-e-Hilal Committee's
/// sighting: the table lists every notified day of each break (Eid al-Fitr two to six days, Eid
/// al-Adha three to five, Ashura the 9th and 10th of Muharram). Beyond the table, all marked
/// estimated: Ashura and the Prophet's Birthday at Umm al-Qura plus one day (the Committee sights
/// from Pakistan, a day after Saudi Arabia's calculated calendar: 12 and 10 of 12–13 decreed
/// years, README backtest); each Eid break at four days from Umm al-Qura's date, since the
/// notified break starts on that day in most years (7 and 6 of 12), with the Eid itself or the
/// eve of a Pakistani Eid a day later.
enum Pakistan {
    static let definition = CountryDefinition(
        code: "PK", name: "Pakistan",
        sources: ["Cabinet Division notifications of public holidays", PakistanTables.source],
        islamic: PakistanTables.islamic,
        decreedThrough: PakistanTables.confirmedThrough,
        build: build)

    /// The dates deciding `holiday` beyond the table: Umm al-Qura for the Eid breaks, a day
    /// later for the other days.
    static func islamic(for holiday: IslamicHoliday) -> IslamicDates {
        holiday == .eidAlFitr || holiday == .eidAlAdha ? eidBreaks : PakistanTables.islamic
    }

    private static let eidBreaks = PakistanTables.islamic.deciding(by: .ummAlQura(shift: 0))

    static func build(_ b: inout YearBuilder) {
        let islamic = PakistanTables.islamic
        b.add(b.date(2, 5), "Kashmir Solidarity Day")
        b.add(b.date(3, 23), "Pakistan Day")
        b.add(b.date(5, 1), "Labour Day")
        if b.year >= 2024 { b.add(b.date(5, 28), "Youm-e-Takbeer") }
        b.add(b.date(8, 14), "Independence Day")
        if b.year <= 2014 || b.year >= 2022 { b.add(b.date(11, 9), "Iqbal Day") }
        b.add(b.date(12, 25), "Quaid-e-Azam Day")
        b.add(everyDayOf: .eidAlFitr, from: eidBreaks, ["Eid-ul-Fitr"], days: 4)
        b.add(everyDayOf: .eidAlAdha, from: eidBreaks, ["Eid-ul-Adha"], days: 4)
        b.add(everyDayOf: .mawlid, from: islamic, ["Eid Milad-un-Nabi"], days: 1)
        b.add(everyDayOf: .ashura, from: islamic, ["Ashura"], days: 2, offset: -1)
        b.add(PakistanTables.decreed)
    }
}
