import CivilTime

/// South Africa (ZA): Public Holidays Act 36 of 1994. Weekend Saturday–Sunday; a holiday on a
/// Sunday gives the Monday (s. 2(1)). Election days and presidential declarations are tabled.
enum SouthAfrica {
    static let definition = CountryDefinition(
        code: "ZA", name: "South Africa",
        sources: ["Public Holidays Act 36 of 1994", SouthAfricaTables.source],
        decreedThrough: SouthAfricaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(3, 21), "Human Rights Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Family Day")
        b.add(b.date(4, 27), "Freedom Day")
        b.add(b.date(5, 1), "Workers' Day")
        b.add(b.date(6, 16), "Youth Day")
        b.add(b.date(8, 9), "National Women's Day")
        b.add(b.date(9, 24), "Heritage Day")
        b.add(b.date(12, 16), "Day of Reconciliation")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 26), "Day of Goodwill")
        b.add(SouthAfricaTables.decreed)
        // s. 2(1): only "the following Monday"; when that Monday is itself a holiday (Christmas on
        // a Sunday), no day is added by law; the President has then declared 27 December by
        // decree (2016, 2022), which the table carries.
        for holiday in b.holidays.sorted() where holiday.kind == .public && holiday.date.weekday == .sunday {
            guard let monday = holiday.date.adding(days: 1), !b.isHoliday(monday) else { continue }
            b.add(monday, holiday.name + " (observed)", .observed)
        }
    }
}
