import CivilTime

/// Norway (NO): public holidays by Lov om helligdager og helligdagsfred (1995) and Lov om
/// 1. og 17. mai som høgtidsdager (1947).
///
/// Weekend Saturday–Sunday; no substitute days.
enum Norway {
    static let definition = CountryDefinition(
        code: "NO", name: "Norway",
        sources: ["Lov om helligdager og helligdagsfred (1995)", "Lov om 1. og 17. mai som høgtidsdager (1947)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-3), "Maundy Thursday")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.date(5, 17), "Constitution Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
