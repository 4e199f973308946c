import CivilTime

/// Estonia (EE): Pühade ja tähtpäevade seadus (Public Holidays and Days of National
/// Importance Act) § 2.
///
/// Weekend Saturday–Sunday; no substitute days.
enum Estonia {
    static let definition = CountryDefinition(
        code: "EE", name: "Estonia",
        sources: ["Pühade ja tähtpäevade seadus, § 2"],
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(2, 24), "Independence Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(), "Easter Sunday")
        b.add(b.date(5, 1), "Spring Day")
        b.add(b.easter(49), "Whit Sunday")
        b.add(b.date(6, 23), "Victory Day")
        b.add(b.date(6, 24), "Midsummer Day")
        b.add(b.date(8, 20), "Independence Restoration Day")
        b.add(b.date(12, 24), "Christmas Eve")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Second Day of Christmas")
    }
}
