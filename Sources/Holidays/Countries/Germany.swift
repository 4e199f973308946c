import CivilTime

/// Germany (DE): the nationwide holidays (Länder laws agree on these; the Unity Day is federal,
/// Einigungsvertrag art. 2). Weekend Saturday–Sunday; no substitute days. Reformation Day was
/// nationwide once, on its 500th anniversary, 2017-10-31.
enum Germany {
    static let definition = CountryDefinition(
        code: "DE", name: "Germany",
        sources: ["Einigungsvertrag art. 2 (3 October)", "Feiertagsgesetze der Länder"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labor Day")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(50), "Pentecost Monday")
        b.add(b.date(10, 3), "German Unity Day")
        if b.year == 2017 { b.add(b.date(10, 31), "Reformation Day") }
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
