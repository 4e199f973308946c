import CivilTime

/// Fiji (FJ): the Public Holidays Act and the yearly gazette notices declaring the holidays,
/// from 2016 (the first year its notices are compiled; earlier years give no days).
///
/// Weekend Saturday–Sunday; a holiday on a weekend gives the Monday, Christmas and Boxing Day
/// the next two free weekdays (Fiji Day has no substitute, but the gazette gave Monday
/// 12 October 2026). National Sports Day until 2018 and Constitution Day (7 September) until
/// 2022 (Cabinet decision of 2023); Girmit Day (14 May moved to the nearest Monday; 15 May in 2026) and Ratu Sir Lala Sukuna
/// Day (last Monday of May in 2023, last Friday since) from 2023. Diwali and the Prophet's Birthday
/// as gazetted (``FijiTables``), then estimated: Diwali by the Indian calendar, the Prophet's
/// Birthday by Umm al-Qura.
enum Fiji {
    static let definition = CountryDefinition(
        code: "FJ", name: "Fiji",
        sources: [FijiTables.source],
        islamic: FijiTables.islamic,
        decreedThrough: FijiTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        guard y >= 2016 else { return }
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(-1), "Easter Saturday")
        b.add(b.easter(1), "Easter Monday")
        if y >= 2023 {
            b.add(y == 2026 ? b.date(5, 15) : nearestMonday(b.date(5, 14)), "Girmit Day")
            b.add(y == 2023 ? b.nth(-1, .monday, of: 5) : b.nth(-1, .friday, of: 5), "Ratu Sir Lala Sukuna Day")
        }
        if y <= 2018 { b.add(b.nth(-1, .friday, of: 6), "National Sports Day") }
        if y <= 2022 { b.add(b.date(9, 7), "Constitution Day") }
        b.add(b.date(10, 10), "Fiji Day")
        if y == 2026 { b.add(b.date(10, 12), "Fiji Day (observed)", .observed) }
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Boxing Day")
        b.add(.mawlid, from: FijiTables.islamic, ["Prophet Mohammed's Birthday"])
        b.add(FijiTables.decreed)
        b.add(AlmanacEstimates.diwali, "Diwali", after: FijiTables.decreed)
        b.observe(saturday: .next, sunday: .next, where: { $0.kind == .public && $0.name != "Fiji Day" && !$0.name.hasPrefix("Easter") })
    }

    /// The Monday nearest `date` (Tuesday–Thursday back, Friday–Sunday forward).
    private static func nearestMonday(_ date: LocalDate?) -> LocalDate? {
        guard let date else { return nil }
        let ahead = date.weekday.days(until: .monday)
        return date.adding(days: ahead <= 3 ? ahead : ahead - 7)
    }
}
