import CivilTime

/// Laos (LA): Decree on Holidays No. 386 (revised 15 December 2017).
///
/// Weekend Saturday–Sunday; a holiday on a weekend gives the next working day "in lieu" (both by
/// the decree). Official days off for everyone: New Year's Day, International Women's Rights Day,
/// Lao New Year (14–16 April; the government's yearly notices made it 13–16 April in 2016, 2020
/// and 2024, 13–15 in 2017, and added 17 April in 2015 and, in lieu, in 2020), Labour Day and
/// National Day (2 December);
/// Children's Day until 2017. The Buddhist festivals (Boun Visakha Bousa, Boun Khao and Ok Phansa,
/// That Luang) are not official days off (schools and banks close; python-holidays lists them
/// apart).
enum Laos {
    static let definition = CountryDefinition(
        code: "LA", name: "Laos",
        sources: ["Decree on Holidays No. 386 (rev. 15 December 2017)", "Government notices on Lao New Year"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(3, 8), "International Women's Rights Day")
        let newYear = [2016, 2017, 2020, 2024].contains(y) ? b.date(4, 13) : b.date(4, 14)
        b.add(newYear, days: y == 2017 ? 3 : [2016, 2020, 2024].contains(y) ? 4 : 3, ["Lao New Year's Day"])
        if y == 2015 { b.add(b.date(4, 17), "Lao New Year's Day (Special)") }
        if y == 2020 { b.add(b.date(4, 17), "Lao New Year's Day (in lieu)", .observed) }
        b.add(b.date(5, 1), "International Labor Day")
        if y <= 2017 { b.add(b.date(6, 1), "International Children's Day") }
        b.add(b.date(12, 2), "Lao National Day")
        b.substitute(
            on: [.saturday, .sunday], name: { $0.name + " (in lieu)" },
            where: { $0.kind == .public && $0.name != "International Children's Day" && $0.name != "Lao New Year's Day (Special)" })
    }
}
