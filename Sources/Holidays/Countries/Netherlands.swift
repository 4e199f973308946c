import CivilTime

/// Netherlands (NL): the general holidays of the Algemene termijnenwet art. 3 and King's Day.
///
/// Weekend Saturday–Sunday; no substitute days. King's Day is 27 April, the 26th when the 27th
/// is a Sunday (Besluit van 2013 on King's Day). Liberation Day (5 May) is a national day off
/// for the civil service in lustrum years only (every fifth year: 2015, 2020, 2025, 2030).
enum Netherlands {
    static let definition = CountryDefinition(
        code: "NL", name: "Netherlands",
        sources: ["Algemene termijnenwet, art. 3", "Besluit van 2013 (Koningsdag)"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.easter(1), "Easter Monday")
        let kingsDay = b.date(4, 27)
        b.add(kingsDay?.weekday == .sunday ? kingsDay?.adding(days: -1) : kingsDay, "King's Day")
        if b.year % 5 == 0 { b.add(b.date(5, 5), "Liberation Day") }
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
