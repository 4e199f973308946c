import CivilTime

/// Denmark (DK): the public holidays (helligdage) of the Danish church year, as the Holidays Act
/// (lov om helligdage) lists them; Great Prayer Day abolished from 2024 (Act No. 214 of 2023).
///
/// Weekend Saturday–Sunday; no substitute days. Constitution Day (5 June), Christmas Eve and New
/// Year's Eve are not holidays and not closures: for the state they are ordinary working days
/// (Medarbejder- og Kompetencestyrelsen, Personaleadministrativ vejledning 26.2.8.3: no general
/// rule gives them off; some institutions do by local practice).
enum Denmark {
    static let definition = CountryDefinition(
        code: "DK", name: "Denmark",
        sources: ["Lov om helligdage; Act No. 214 of 2023 (Great Prayer Day)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-3), "Maundy Thursday")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        if b.year <= 2023 { b.add(b.easter(26), "Great Day of Prayers") }
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(49), "Pentecost")
        b.add(b.easter(50), "Pentecost Monday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
