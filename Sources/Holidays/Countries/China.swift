import CivilTime

/// China (CN): National Holidays and Commemoration Days Regulations (State Council, as
/// amended 2024: Spring Festival Eve and a second Labour Day from 2025).
///
/// Weekend Saturday–Sunday. Statutory days by rule (Spring Festival and Dragon Boat and
/// Mid-Autumn from Foundation's `.chinese` calendar, Qingming by ``SolarTerms``); the State
/// Council's yearly arrangement of bridge days and make-up working weekends is tabled
/// (``ChinaTables``), so years after the last notice have only the statutory days.
enum China {
    static let definition = CountryDefinition(
        code: "CN", name: "China",
        sources: ["National Holidays and Commemoration Days Regulations (2024 revision)", ChinaTables.source],
        decreedThrough: ChinaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        let spring = LunarCalendars.chineseNewYear(b.year)
        if b.year >= 2025 { b.add(spring?.adding(days: -1), "Chinese New Year's Eve") }
        b.add(spring, days: 3, ["Chinese New Year (Spring Festival)"])
        b.add(SolarTerms.qingming(b.year), "Tomb-Sweeping Day")
        b.add(b.date(5, 1), days: b.year >= 2025 ? 2 : 1, ["Labor Day"])
        b.add(b.chinese(5, 5), "Dragon Boat Festival")
        b.add(b.chinese(8, 15), "Mid-Autumn Festival")
        b.add(b.date(10, 1), days: 3, ["National Day"])
        b.add(ChinaTables.decreed)
        b.addWorkingDays(ChinaTables.workingDays)
    }
}
