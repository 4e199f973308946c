import CivilTime

/// Ukraine (UA): Labour Code arts. 67 and 73, the Cabinet of Ministers' yearly orders
/// recommending transfers of working days, and the Law "On the organisation of labour relations
/// under martial law" No. 2136-IX of 15 March 2022, art. 6.
///
/// Weekend Saturday–Sunday. Holidays (art. 73): 1 January, 7 January (Christmas), 8 March,
/// Easter and Trinity (Orthodox Sundays), 1 May (and 2 May until 2017), 9 May, 28 June,
/// 24 August, 14 October (since 2015) and 25 December (since 2017). A holiday on a weekend gives
/// the next working day (art. 67). The Cabinet's orders (``UkraineTables``) moved days off next
/// to holidays against working Saturdays.
///
/// **Martial law.** Since 24 March 2022 (Law 2136-IX, art. 6) arts. 73 and 67(3) do not apply
/// while martial law lasts: no holiday is a day off and ministries work. Martial law has been
/// extended by presidential decree every 90 days since 24 February 2022, so Parley lists no days
/// off from 24 March 2022 on; the peace-time list (as amended by Law 3450-IX of 2023: Christmas
/// on 25 December only, Statehood Day 15 July, Defenders' Day 1 October) returns when it ends.
enum Ukraine {
    static let definition = CountryDefinition(
        code: "UA", name: "Ukraine",
        sources: [
            "Labour Code of Ukraine, arts. 67 and 73", "Law No. 2136-IX of 15 March 2022, art. 6 (martial law)",
            UkraineTables.source,
        ],
        decreedThrough: UkraineTables.confirmedThrough,
        build: build)

    /// The first day the martial-law suspension of holidays applied (Law 2136-IX in force).
    static let martialLaw = LocalDate(year: 2022, month: 3, day: 24)

    static func build(_ b: inout YearBuilder) {
        guard let martialLaw, let newYear = b.date(1, 1), newYear < martialLaw else { return }
        b.add(newYear, "New Year's Day")
        b.add(b.date(1, 7), "Christmas Day")
        b.add(b.date(3, 8), "International Women's Day")
        b.add(b.orthodoxEaster(), "Easter")
        b.add(b.orthodoxEaster(49), "Trinity")
        b.add(b.date(5, 1), "International Workers' Solidarity Day")
        if b.year <= 2017 { b.add(b.date(5, 2), "International Workers' Solidarity Day") }
        b.add(b.date(5, 9), "Victory Day")
        b.add(b.date(6, 28), "Constitution Day")
        b.add(b.date(8, 24), "Independence Day")
        if b.year >= 2015 { b.add(b.date(10, 14), "Defender of Ukraine Day") }
        if b.year >= 2017 { b.add(b.date(12, 25), "Christmas Day (25 December)") }
        b.addWorkingDays(UkraineTables.workingDays)
        b.observe(saturday: .next, sunday: .next)
        b.add(UkraineTables.decreed)
        for holiday in b.holidays where holiday.date >= martialLaw { b.remove(holiday) }
    }
}
