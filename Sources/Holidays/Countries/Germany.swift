import CivilTime

/// Germany (DE): the nationwide holidays (Länder laws agree on these; the Unity Day is federal,
/// Einigungsvertrag art. 2). Weekend Saturday–Sunday; no substitute days. Reformation Day was
/// nationwide once, on its 500th anniversary, 2017-10-31. Berlin (DE-BE) adds International
/// Women's Day (8 March, since 2019) and the 75th and 80th anniversaries of the end of the
/// Second World War in Europe (2020-05-08, 2025-05-08) and of the uprising of 17 June 1953
/// (2028-06-17) by its Feiertagsgesetz. Christmas Eve and New Year's Eve are closures of the
/// federal civil service (Arbeitszeitverordnung § 6(1): "Heiligabend und Silvester sind
/// grundsätzlich dienstfrei").
enum Germany {
    static let definition = CountryDefinition(
        code: "DE", name: "Germany",
        subdivisions: [Subdivision("BE", "Berlin")],
        sources: [
            "Einigungsvertrag art. 2 (3 October)", "Feiertagsgesetze der Länder",
            "Berlin: Gesetz über die Sonn- und Feiertage (as amended 2019, 2020, 2024)",
            "Arbeitszeitverordnung (AZV) § 6 (24 and 31 December)",
        ],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labor Day")
        if b.isIn("BE") {
            if b.year >= 2019 { b.add(b.date(3, 8), "International Women's Day") }
            if b.year == 2020 || b.year == 2025 { b.add(b.date(5, 8), "Liberation Day") }
            if b.year == 2028 { b.add(b.date(6, 17), "75th Anniversary of the Uprising of 17 June 1953") }
        }
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(50), "Pentecost Monday")
        b.add(b.date(10, 3), "German Unity Day")
        if b.year == 2017 { b.add(b.date(10, 31), "Reformation Day") }
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
        b.close([b.date(12, 24)], "Christmas Eve (federal offices closed)")
        b.close([b.date(12, 31)], "New Year's Eve (federal offices closed)")
    }
}
