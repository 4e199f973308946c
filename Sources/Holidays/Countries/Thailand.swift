import CivilTime

/// Thailand (TH): Cabinet resolutions on public holidays.
///
/// Weekend Saturday–Sunday. Fixed days by rule, with the royal days of the reign in force;
/// a holiday on a weekend gives the next working day ("in lieu"). The Buddhist lunar days
/// (Makha, Visakha, Asarnha Bucha, Buddhist Lent) and the Cabinet's bridge days are tabled
/// (``ThailandTables``).
enum Thailand {
    static let definition = CountryDefinition(
        code: "TH", name: "Thailand",
        sources: [ThailandTables.source],
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.nth(2, .saturday, of: 1), "National Children's Day")
        b.add(b.date(4, 6), "Chakri Memorial Day")
        b.add(b.date(4, 13), days: 3, ["Songkran Festival"])
        b.add(b.date(5, 1), "National Labor Day")
        if y >= 2019 { b.add(b.date(6, 3), "HM Queen Suthida's Birthday") }
        if y >= 2017 { b.add(b.date(7, 28), "HM King Maha Vajiralongkorn's Birthday") }
        b.add(b.date(8, 12), y >= 2017 ? "HM Queen Sirikit The Queen Mother's Birthday" : "HM Queen Sirikit's Birthday")
        b.add(b.date(8, 12), "National Mother's Day")
        b.add(b.date(10, 23), "HM King Chulalongkorn Memorial Day")
        b.add(b.date(12, 5), y >= 2017 ? "HM King Bhumibol Adulyadej the Great's Birthday" : "HM King Bhumibol Adulyadej's Birthday")
        b.add(b.date(12, 5), "National Day")
        b.add(b.date(12, 5), "National Father's Day")
        b.add(b.date(12, 10), "Constitution Day")
        b.add(b.date(12, 31), "New Year's Eve")
        b.add(ThailandTables.decreed)
        b.substitute(on: [.saturday, .sunday], name: { $0.name + " (in lieu)" }, where: {
            $0.kind == .public && $0.name != "National Children's Day"
        })
    }
}
