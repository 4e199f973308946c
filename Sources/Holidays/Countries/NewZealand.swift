import CivilTime

/// New Zealand (NZ): Holidays Act 2003 s. 44 and Te Kāhui o Matariki Public Holiday Act 2022.
///
/// Weekend Saturday–Sunday. New Year's Day, the day after, Christmas and Boxing Day on a
/// weekend give the next free weekdays (s. 45); Waitangi Day and ANZAC Day on a weekend give the
/// Monday (s. 45A, since 2014). Matariki is the Friday the 2022 Act's schedule fixes for each
/// year through 2052. The sovereign's birthday is the first Monday of June, Labour Day the
/// fourth Monday of October; Queen Elizabeth II Memorial Day was 2022-09-26 (a one-off Act).
enum NewZealand {
    static let definition = CountryDefinition(
        code: "NZ", name: "New Zealand",
        sources: [
            "Holidays Act 2003, ss. 44–45A", "Te Kāhui o Matariki Public Holiday Act 2022, schedule 1",
            "Queen Elizabeth II Memorial Day Act 2022",
        ],
        build: build)

    /// Matariki by the 2022 Act's schedule, 2022–2052.
    static let matariki = DateTable(
        source: "Te Kāhui o Matariki Public Holiday Act 2022, schedule 1", confirmedThrough: 2052,
        [
            "2022-06-24", "2023-07-14", "2024-06-28", "2025-06-20", "2026-07-10", "2027-06-25", "2028-07-14",
            "2029-07-06", "2030-06-21", "2031-07-11", "2032-07-02", "2033-06-24", "2034-07-07", "2035-06-29",
            "2036-07-18", "2037-07-10", "2038-06-25", "2039-07-15", "2040-07-06", "2041-07-19", "2042-07-11",
            "2043-07-03", "2044-06-24", "2045-07-07", "2046-06-29", "2047-07-19", "2048-07-03", "2049-06-25",
            "2050-07-15", "2051-06-30", "2052-06-21",
        ])

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 2), "Day after New Year's Day")
        b.add(b.date(2, 6), "Waitangi Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(4, 25), "ANZAC Day")
        b.add(b.nth(1, .monday, of: 6), b.year >= 2023 ? "King's Birthday" : "Queen's Birthday")
        b.add(matariki, "Matariki")
        if b.year == 2022 { b.add(b.date(9, 26), "Queen Elizabeth II Memorial Day") }
        b.add(b.nth(4, .monday, of: 10), "Labour Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Boxing Day")
        var mondayised: Set<String> = ["New Year's Day", "Day after New Year's Day", "Christmas Day", "Boxing Day"]
        if b.year >= 2014 { mondayised.formUnion(["Waitangi Day", "ANZAC Day"]) }
        b.observe(saturday: .next, sunday: .next, where: { mondayised.contains($0.name) })
    }
}
