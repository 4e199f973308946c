import CivilTime

/// France (FR): Code du travail art. L3133-1 (metropolitan France). Weekend Saturday–Sunday;
/// no substitute days.
enum France {
    static let definition = CountryDefinition(
        code: "FR", name: "France",
        sources: ["Code du travail, art. L3133-1"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labor Day")
        b.add(b.date(5, 8), "Victory Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(50), "Pentecost Monday")
        b.add(b.date(7, 14), "National Day")
        b.add(b.date(8, 15), "Assumption Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(11, 11), "Armistice Day")
        b.add(b.date(12, 25), "Christmas Day")
    }
}
