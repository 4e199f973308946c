import CivilTime

/// United Kingdom (GB): bank holidays common to all four nations.
///
/// Weekend Saturday–Sunday. Banking and Financial Dealings Act 1971 schedule 1: New Year's
/// Day, Good Friday (by common law), early May (first Monday; moved to Friday 8 May in 2020 for
/// VE Day), spring (last Monday of May; Thursday 2 June in 2022 for the Platinum Jubilee),
/// Christmas, Boxing Day; weekend days give the next free weekday. Easter Monday and the
/// summer bank holiday differ by nation and are not listed at the national level. One-off days
/// by royal proclamation are tabled (``UnitedKingdomTables``).
enum UnitedKingdom {
    static let definition = CountryDefinition(
        code: "GB", name: "United Kingdom",
        sources: ["Banking and Financial Dealings Act 1971", UnitedKingdomTables.source],
        decreedThrough: UnitedKingdomTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.year == 2020 ? b.date(5, 8) : b.nth(1, .monday, of: 5), "May Day")
        b.add(b.year == 2022 ? b.date(6, 2) : b.nth(-1, .monday, of: 5), "Spring Bank Holiday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Boxing Day")
        b.add(UnitedKingdomTables.decreed)
        b.observe(saturday: .next, sunday: .next) {
            ["New Year's Day", "Christmas Day", "Boxing Day"].contains($0.name)
        }
    }
}
