import CivilTime

/// Belgium (BE): Arrêté royal du 18 avril 1974 (the ten legal holidays) with Easter Sunday and
/// Whit Sunday.
///
/// Weekend Saturday–Sunday. A holiday on a Sunday is replaced by a day each employer sets, so
/// no fixed substitute day is modelled.
enum Belgium {
    static let definition = CountryDefinition(
        code: "BE", name: "Belgium",
        sources: ["Arrêté royal du 18 avril 1974"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.date(7, 21), "National Day")
        b.add(b.date(8, 15), "Assumption Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(11, 11), "Armistice Day")
        b.add(b.date(12, 25), "Christmas Day")
    }
}
