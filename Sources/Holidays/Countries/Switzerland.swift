import CivilTime

/// Switzerland (CH): the days common to every canton, and canton Bern (CH-BE), the seat of
/// the federal government.
///
/// Weekend Saturday–Sunday; no substitute days. Nationwide: New Year's Day, Ascension,
/// National Day (1 August, federal constitution art. 110(3)) and Christmas; the cantons set the
/// rest. Bern (Gesetz über die Ruhetage, BSG 555.1) adds Saint Berchtold's Day, Good Friday,
/// Easter Monday, Whit Monday and Saint Stephen's Day.
enum Switzerland {
    static let definition = CountryDefinition(
        code: "CH", name: "Switzerland",
        subdivisions: [Subdivision("BE", "Bern")],
        sources: ["Federal Constitution, art. 110(3) (1 August)", "Canton of Bern: Gesetz über die Ruhetage (BSG 555.1)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.date(8, 1), "National Day")
        b.add(b.date(12, 25), "Christmas Day")
        guard b.isIn("BE") else { return }
        b.add(b.date(1, 2), "Saint Berchtold's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.date(12, 26), "Saint Stephen's Day")
    }
}
