import CivilTime

/// Singapore (SG): Holidays Act 1998 and the Ministry of Manpower's yearly gazette.
///
/// Weekend Saturday–Sunday. A holiday on a Sunday gives the next day that is not already a
/// holiday off (Holidays Act s. 4), e.g. Deepavali on Sunday 2026-11-08 → Monday 2026-11-09.
/// Chinese New Year is computed (two days); Eid dates come from the gazette table, then the
/// MABIMS crescent at Singapore; Vesak and Deepavali from the gazette/almanac table, then the
/// lunisolar calendar's 4/15 and the Tamil Naraka Chaturdashi.
enum Singapore {
    /// Islamic days: the decreed table, then the MABIMS crescent (MUIS decides by it).
    static let islamic = SingaporeTables.islamic.deciding(by: .mabims(.singapore))

    static let definition = CountryDefinition(
        code: "SG", name: "Singapore",
        sources: ["Holidays Act 1998 s. 4", SingaporeTables.source],
        islamic: Singapore.islamic,
        decreedThrough: SingaporeTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = Singapore.islamic
        b.add(b.date(1, 1), "New Year's Day")
        b.add(LunarCalendars.chineseNewYear(b.year), days: 2, ["Chinese New Year"])
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(5, 1), "Labor Day")
        b.add(b.date(8, 9), "National Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr"])
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(SingaporeTables.decreed)
        b.add(AlmanacEstimates.vesak, "Vesak Day", after: SingaporeTables.decreed)
        b.add(AlmanacEstimates.tamilDeepavali, "Diwali", after: SingaporeTables.decreed)
        b.substitute(on: [.sunday])
    }
}
