import CivilTime

/// Kazakhstan (KZ): Law No. 267-II of 13 December 2001 on holidays in the Republic of
/// Kazakhstan as amended (adilet.zan.kz Z010000267_), the Labour Code of 2015, and the yearly
/// Government resolutions on transferring days off.
///
/// Weekend Saturday–Sunday. National holidays: New Year (1–2 January), International Women's
/// Day, Nauryz (21–23 March since 2010, 22 March before), Unity Day (1 May), Defender of the
/// Fatherland Day (7 May, since 2013), Victory Day (9 May), Capital Day (6 July, since 2009),
/// Constitution Day (30 August until 2025; 15 March from 2027 under the 2026 amendments that
/// leave 2026 without it), Republic Day (25 October, since 2022), First President Day
/// (1 December, 2012–2021), Independence Day (16 December, and 17 December until 2021). A
/// national holiday on a weekend gives the next working day (Labour Code); the religious days,
/// Orthodox Christmas (7 January) and Kurban Ait (10 Dhu al-Hijjah, the Spiritual
/// Administration of Muslims' date, tabled, then Umm al-Qura, which it follows), do not. The
/// resolutions (``KazakhstanTables``) also move days off and make Saturdays working days.
enum Kazakhstan {
    static let definition = CountryDefinition(
        code: "KZ", name: "Kazakhstan",
        sources: ["Law No. 267-II of 13 December 2001 on holidays", "Labour Code of 2015", KazakhstanTables.source],
        islamic: KazakhstanTables.islamic,
        decreedThrough: KazakhstanTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), days: 2, ["New Year's Day"])
        b.add(b.date(3, 8), "International Women's Day")
        if b.year >= 2010 { b.add(b.date(3, 21), days: 3, ["Nauryz"]) } else { b.add(b.date(3, 22), "Nauryz") }
        b.add(b.date(5, 1), "Kazakhstan People's Unity Day")
        if b.year >= 2013 { b.add(b.date(5, 7), "Defender of the Fatherland Day") }
        b.add(b.date(5, 9), "Victory Day")
        if b.year >= 2009 { b.add(b.date(7, 6), "Capital Day") }
        if b.year <= 2025 { b.add(b.date(8, 30), "Constitution Day") }
        if b.year >= 2027 { b.add(b.date(3, 15), "Constitution Day") }
        if b.year >= 2022 { b.add(b.date(10, 25), "Republic Day") }
        if (2012...2021).contains(b.year) { b.add(b.date(12, 1), "First President Day") }
        b.add(b.date(12, 16), "Independence Day")
        if b.year <= 2021 { b.add(b.date(12, 17), "Independence Day") }
        b.addWorkingDays(KazakhstanTables.workingDays)
        b.observe(saturday: .next, sunday: .next)
        b.add(b.date(1, 7), "Orthodox Christmas")
        b.add(.eidAlAdha, from: KazakhstanTables.islamic, ["Kurban Ait"])
        b.add(KazakhstanTables.decreed)
        // A resolution may move a substitute day itself (2020: Monday 11 May to Friday 8 May).
        let movedFrom = Set(KazakhstanTables.decreed.entries(in: b.year, subdivision: nil).compactMap(\.from))
        for holiday in b.holidays where holiday.kind == .observed && movedFrom.contains(holiday.date) { b.remove(holiday) }
        if b.year > KazakhstanTables.confirmedThrough { b.markEstimated(where: { $0.kind == .observed }) }
    }
}
