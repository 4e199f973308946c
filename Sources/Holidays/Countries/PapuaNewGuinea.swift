import CivilTime

/// Papua New Guinea (PG): Public Holidays Act 1953, as amended, and the Head of State's
/// declarations.
///
/// Weekend Saturday–Sunday. A holiday other than Christmas on a Sunday gives the Monday; Christmas
/// on a Sunday gives the Tuesday. Easter Saturday until 2023; the Queen's Birthday on the
/// second Monday of June until 2022, the King's Birthday on 17 June since 2023; National Repentance
/// Day (26 August) since 2011; Grand Chief Sir Michael Somare Remembrance Day (26 February) since
/// 2022. State funerals and one-off days are tabled (``PapuaNewGuineaTables``); the days the Head of
/// State moved off a weekend in 2022 and 2023 are below.
enum PapuaNewGuinea {
    static let definition = CountryDefinition(
        code: "PG", name: "Papua New Guinea",
        sources: ["Public Holidays Act 1953 (PNG)", PapuaNewGuineaTables.source],
        decreedThrough: PapuaNewGuineaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let y = b.year
        b.add(b.date(1, 1), "New Year's Day")
        if y >= 2022 { b.add(b.date(2, 26), "Grand Chief Sir Michael Somare Remembrance Day") }
        b.add(b.easter(-2), "Good Friday")
        if y <= 2023 { b.add(b.easter(-1), "Easter Saturday") }
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        b.add(y >= 2023 ? b.date(6, 17) : b.nth(2, .monday, of: 6), y >= 2023 ? "King's Birthday" : "Queen's Birthday")
        b.add(b.date(7, 23), "Papua New Guinea Remembrance Day")
        if y >= 2011 { b.add(b.date(8, 26), "National Repentance Day") }
        b.add(b.date(9, 16), "Independence Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Boxing Day")
        b.add(PapuaNewGuineaTables.decreed)
        // Declared by the Head of State: the Friday or Monday for a weekend day.
        let declared: [Int: [(Int, Int, String)]] = [
            2022: [(2, 28, "Grand Chief Sir Michael Somare Remembrance Day")],
            2023: [(2, 24, "Grand Chief Sir Michael Somare Remembrance Day"), (6, 16, "King's Birthday"), (9, 15, "Independence Day")],
        ]
        for (month, day, name) in declared[y] ?? [] { b.add(b.date(month, day), name + " (observed)", .observed) }
        let observed: Set<String> = [
            "New Year's Day", "Papua New Guinea Remembrance Day", "National Repentance Day", "Independence Day", "Christmas Day",
            "Boxing Day",
        ]
        b.observe(saturday: .none, sunday: .next, where: { $0.kind == .public && observed.contains($0.name) })
    }
}
