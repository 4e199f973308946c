import CivilTime

/// Austria (AT): Feiertagsruhegesetz 1957 § 1.
///
/// Weekend Saturday–Sunday; no substitute days.
enum Austria {
    static let definition = CountryDefinition(
        code: "AT", name: "Austria",
        sources: ["Feiertagsruhegesetz 1957, § 1"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 6), "Epiphany")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.easter(60), "Corpus Christi")
        b.add(b.date(8, 15), "Assumption Day")
        b.add(b.date(10, 26), "National Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(12, 8), "Immaculate Conception")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Saint Stephen's Day")
    }
}
