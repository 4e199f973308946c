import CivilTime

/// Brazil (BR): national holidays, Lei 662/1949 as amended (Lei 6.802/1980 Aparecida,
/// Lei 14.759/2023 Zumbi and Black Awareness Day since 2024), and the Distrito Federal (BR-DF),
/// where the ministries sit: Founding of Brasília (21 April, the day Tiradentes is kept too,
/// Lei Orgânica do Distrito Federal) and Evangelical Day (30 November, Lei Distrital 963/1995).
/// Weekend Saturday–Sunday; no substitute days. Carnival Monday and Tuesday and Corpus Christi
/// are pontos facultativos that the Ministério da Gestão e da Inovação em Serviços Públicos
/// declares every year by portaria for the federal administration: closures, not holidays.
enum Brazil {
    static let definition = CountryDefinition(
        code: "BR", name: "Brazil",
        subdivisions: [Subdivision("DF", "Distrito Federal")],
        sources: [
            "Lei 662/1949", "Lei 6.802/1980", "Lei 14.759/2023", "Distrito Federal: Lei Distrital 963/1995",
            "Yearly portarias of the Ministério da Gestão on pontos facultativos (federal administration)",
        ],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "Universal Fraternization Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(4, 21), "Tiradentes' Day")
        if b.isIn("DF") { b.add(b.date(4, 21), "Founding of Brasília") }
        b.add(b.date(5, 1), "Worker's Day")
        b.add(b.date(9, 7), "Independence Day")
        b.add(b.date(10, 12), "Our Lady of Aparecida")
        b.add(b.date(11, 2), "All Souls' Day")
        b.add(b.date(11, 15), "Republic Proclamation Day")
        if b.year >= 2024 { b.add(b.date(11, 20), "National Day of Zumbi and Black Awareness") }
        if b.isIn("DF") { b.add(b.date(11, 30), "Evangelical Day") }
        b.add(b.date(12, 25), "Christmas Day")
        b.close([b.easter(-48), b.easter(-47)], "Carnival (federal offices closed)")
        b.close([b.easter(60)], "Corpus Christi (federal offices closed)")
    }
}
