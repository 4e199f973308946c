import CivilTime

/// Sweden (SE): Lag (1989:253) om allmänna helgdagar.
///
/// Weekend Saturday–Sunday; no substitute days. Midsummer Day is the Saturday from 20 to
/// 26 June, All Saints' Day the Saturday from 31 October to 6 November.
enum Sweden {
    static let definition = CountryDefinition(
        code: "SE", name: "Sweden",
        sources: ["Lag (1989:253) om allmänna helgdagar"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 6), "Epiphany")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "May Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.date(6, 6), "National Day")
        b.add(b.weekday(.saturday, onOrAfter: 6, 20), "Midsummer Day")
        b.add(b.weekday(.saturday, onOrAfter: 10, 31), "All Saints' Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
