import CivilTime

/// Australia (AU): national days and every state's and territory's own.
///
/// Weekend Saturday–Sunday. Without a subdivision, only the days common to all of Australia
/// (New Year, Australia Day, Good Friday, Easter Monday, ANZAC Day, Christmas, Boxing Day).
/// With one, that jurisdiction's Act: ACT (Holidays Act 1958: Canberra Day, second Monday of
/// March; Reconciliation Day, the Monday on or after 27 May, since 2018), NSW, NT, QLD, SA,
/// TAS, VIC, WA. Substitute days follow each Act as amended: a weekend New Year's Day,
/// Christmas or Boxing Day gives the next free weekday (Christmas on Saturday → Monday 27 and
/// Boxing Day on Sunday → Tuesday 28); Australia Day on a weekend moves to the Monday (SA
/// before 2023: Sunday kept plus Monday); Tasmania moves New Year's and Boxing Day off a
/// weekend (NT Boxing Day until 2021); South Australia moved Saturday holidays to the Monday
/// until its 2023 amendments, and keeps them with a substitute Monday since; WA (and ACT on
/// Saturdays since 2026) substitute a weekend ANZAC Day, NSW only in 2026 and 2027 (a two-year
/// Order; its Act has no substitute, checked against s. 4(g)), while ACT, NT and
/// QLD move it off a Sunday. One-off days (the mourning day 2022-09-22, ACT's 2021 additional
/// day) and Victoria's yearly AFL Grand Final Friday are tabled (``AustraliaTables``); beyond
/// the table the Grand Final Friday is estimated as the Friday before September's last Saturday.
enum Australia {
    static let definition = CountryDefinition(
        code: "AU", name: "Australia",
        subdivisions: [
            Subdivision("ACT", "Australian Capital Territory"), Subdivision("NSW", "New South Wales"),
            Subdivision("NT", "Northern Territory"), Subdivision("QLD", "Queensland"),
            Subdivision("SA", "South Australia"), Subdivision("TAS", "Tasmania"),
            Subdivision("VIC", "Victoria"), Subdivision("WA", "Western Australia"),
        ],
        sources: [AustraliaTables.source],
        decreedThrough: AustraliaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 26), "Australia Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(4, 25), "ANZAC Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), b.isIn("SA") ? "Proclamation Day" : "Boxing Day")
        b.add(AustraliaTables.decreed)
        guard b.subdivision != nil else { return }
        if b.isIn("SA") && b.year < 2023 {
            b.move(["Australia Day"], on: [.saturday])
            b.observe(saturday: .none, sunday: .next, where: { $0.name == "Australia Day" })
        } else {
            b.move(["Australia Day"], on: [.saturday, .sunday])
        }
        state(&b)
        if !b.isIn("TAS", "WA") { b.add(b.easter(-1), "Easter Saturday") }
        if easterSunday(b) { b.add(b.easter(), "Easter Sunday") }
        substitutes(&b)
    }

    private static func easterSunday(_ b: YearBuilder) -> Bool {
        switch b.subdivision {
        case "NSW": true
        case "ACT", "VIC": b.year >= 2016
        case "QLD": b.year >= 2017
        case "WA": b.year >= 2022
        case "NT", "SA": b.year >= 2024
        case "TAS": b.year >= 2027
        default: false
        }
    }

    private static func sovereign(_ year: Int) -> String { year >= 2023 ? "King's Birthday" : "Queen's Birthday" }

    private static func state(_ b: inout YearBuilder) {
        let birthday = sovereign(b.year)
        switch b.subdivision {
        case "ACT":
            b.add(b.nth(2, .monday, of: 3), "Canberra Day")
            if b.year >= 2018 { b.add(b.weekday(.monday, onOrAfter: 5, 27), "Reconciliation Day") }
            if b.year <= 2017 { b.add(b.nth(-1, .monday, of: 9), "Family & Community Day") }
            b.add(b.nth(2, .monday, of: 6), birthday)
            b.add(b.nth(1, .monday, of: 10), "Labor Day")
        case "NSW":
            b.add(b.nth(2, .monday, of: 6), birthday)
            b.add(b.nth(1, .monday, of: 10), "Labor Day")
        case "NT":
            b.add(b.nth(1, .monday, of: 5), "May Day")
            b.add(b.nth(2, .monday, of: 6), birthday)
            b.add(b.nth(1, .monday, of: 8), "Picnic Day")
        case "QLD":
            b.add((2013...2015).contains(b.year) ? b.nth(1, .monday, of: 10) : b.nth(1, .monday, of: 5), "Labor Day")
            b.add(b.year >= 2016 ? b.nth(1, .monday, of: 10) : b.nth(2, .monday, of: 6), birthday)
            b.add(royalQueenslandShow(b), "The Royal Queensland Show")
        case "SA":
            b.add(b.nth(2, .monday, of: 3), "Adelaide Cup Day")
            b.add(b.nth(2, .monday, of: 6), birthday)
            b.add(b.nth(1, .monday, of: 10), "Labor Day")
        case "TAS":
            b.add(b.nth(2, .monday, of: 3), "Eight Hours Day")
            b.add(b.nth(2, .monday, of: 6), birthday)
        case "VIC":
            b.add(b.nth(2, .monday, of: 3), "Labor Day")
            b.add(b.nth(2, .monday, of: 6), birthday)
            b.add(b.nth(1, .tuesday, of: 11), "Melbourne Cup Day")
            // Proclaimed yearly; beyond the table, the Friday before the Grand Final's usual
            // date, the last Saturday of September (estimated).
            let grandFinal = "Friday before the AFL Grand Final"
            if let last = AustraliaTables.decreed.lastYear(of: grandFinal), b.year > last {
                b.add(b.nth(-1, .saturday, of: 9)?.adding(days: -1), grandFinal, estimated: true)
            }
        case "WA":
            b.add(b.nth(1, .monday, of: 3), "Labor Day")
            b.add(b.nth(1, .monday, of: 6), "Western Australia Day")
            // Proclaimed yearly; the last Monday of September except 2024 (23 September).
            b.add(b.year == 2024 ? b.date(9, 23) : b.nth(-1, .monday, of: 9), birthday)
        default:
            break
        }
    }

    /// Brisbane's Ekka People's Day: the Wednesday of the show, which opens on the first Friday
    /// of August, or the second when the first is before 5 August. In 2021 the show was
    /// cancelled and the holiday moved to 29 October, in 2020 to Friday 14 August (Queensland
    /// Government).
    private static func royalQueenslandShow(_ b: YearBuilder) -> LocalDate? {
        if b.year == 2020 { return b.date(8, 14) }
        if b.year == 2021 { return b.date(10, 29) }
        guard let first = b.nth(1, .friday, of: 8) else { return nil }
        let opening = first.day < 5 ? first.adding(days: 7) : first
        return opening?.adding(days: 5)
    }

    /// Substitute and moved days. South Australia's Holidays Act amendments of 2023 replaced
    /// moving a Saturday holiday with keeping it and adding the Monday.
    private static func substitutes(_ b: inout YearBuilder) {
        let newSouthAustralia = b.year >= 2023
        switch b.subdivision {
        case "SA" where !newSouthAustralia:
            b.move(["New Year's Day"], on: [.saturday])
            b.observe(saturday: .none, sunday: .next, where: { $0.name == "New Year's Day" })
        case "TAS":
            b.move(["New Year's Day"], on: [.saturday, .sunday])
        default:
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "New Year's Day" })
        }
        switch b.subdivision {
        case "WA":
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "ANZAC Day" })
        case "NSW" where b.year == 2026 || b.year == 2027:
            // Public Holidays Act 2010 (NSW) s. 4(g) fixes ANZAC Day to 25 April with no
            // substitute; only the Public Holidays Amendment (Anzac Day) Order 2026 adds the
            // Mondays 2026-04-27 and 2027-04-26, as a two-year trial.
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "ANZAC Day" })
        case "SA" where !newSouthAustralia:
            b.observe(saturday: .none, sunday: .next, where: { $0.name == "ANZAC Day" })
        case "ACT":
            if b.year >= 2026 { b.observe(saturday: .next, sunday: .none, where: { $0.name == "ANZAC Day" }) }
            b.move(["ANZAC Day"], on: [.sunday])
        case "NT", "QLD":
            b.move(["ANZAC Day"], on: [.sunday])
        default:
            break
        }
        switch b.subdivision {
        case "SA":
            if !newSouthAustralia { b.move(["Christmas Day", "Proclamation Day"], on: [.saturday]) }
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "Christmas Day" })
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "Proclamation Day" })
        case "TAS":
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "Christmas Day" })
            b.move(["Boxing Day"], on: [.saturday, .sunday])
        case "NT" where b.year <= 2021:
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "Christmas Day" })
            b.move(["Boxing Day"], on: [.saturday, .sunday])
        default:
            b.observe(saturday: .next, sunday: .next, where: { $0.name == "Christmas Day" || $0.name == "Boxing Day" })
        }
    }
}
