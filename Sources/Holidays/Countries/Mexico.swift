import CivilTime

/// Mexico (MX): Ley Federal del Trabajo, art. 74.
///
/// Weekend Saturday–Sunday; no substitute days. Constitution Day, Benito Juárez's birthday and
/// Revolution Day are the first Monday of February, the third Monday of March and the third
/// Monday of November (2006 reform). The transfer of the federal executive every six years is
/// a day off: 1 December until 2018, 1 October since 2024 (2014 constitutional reform).
enum Mexico {
    static let definition = CountryDefinition(
        code: "MX", name: "Mexico",
        sources: ["Ley Federal del Trabajo, art. 74"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.nth(1, .monday, of: 2), "Constitution Day")
        b.add(b.nth(3, .monday, of: 3), "Benito Juárez's Birthday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.date(9, 16), "Independence Day")
        if (b.year - 2024) % 6 == 0 {
            b.add(b.year >= 2024 ? b.date(10, 1) : b.date(12, 1), "Change of Federal Government")
        }
        b.add(b.nth(3, .monday, of: 11), "Revolution Day")
        b.add(b.date(12, 25), "Christmas Day")
    }
}
