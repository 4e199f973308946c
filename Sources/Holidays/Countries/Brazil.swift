import CivilTime

/// Brazil (BR): national holidays, Lei 662/1949 as amended (Lei 6.802/1980 Aparecida,
/// Lei 14.759/2023 Zumbi and Black Awareness Day since 2024). Weekend Saturday–Sunday; no
/// substitute days. Carnival is an optional point (ponto facultativo), not listed.
enum Brazil {
    static let definition = CountryDefinition(
        code: "BR", name: "Brazil",
        sources: ["Lei 662/1949", "Lei 6.802/1980", "Lei 14.759/2023"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "Universal Fraternization Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(4, 21), "Tiradentes' Day")
        b.add(b.date(5, 1), "Worker's Day")
        b.add(b.date(9, 7), "Independence Day")
        b.add(b.date(10, 12), "Our Lady of Aparecida")
        b.add(b.date(11, 2), "All Souls' Day")
        b.add(b.date(11, 15), "Republic Proclamation Day")
        if b.year >= 2024 { b.add(b.date(11, 20), "National Day of Zumbi and Black Awareness") }
        b.add(b.date(12, 25), "Christmas Day")
    }
}
