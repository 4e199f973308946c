import CivilTime

/// Philippines (PH): regular holidays and special non-working days, Administrative Code
/// (EO 292) as amended by RA 9177, RA 9256, RA 9492, RA 10966 and the yearly proclamation.
///
/// Weekend Saturday–Sunday; no substitute days. Holy Week by Easter; National Heroes Day on the
/// last Monday of August (RA 9492). Eid dates by proclamation, then Umm al-Qura (estimated);
/// the year's special days (Chinese New Year, EDSA, All Souls', Christmas Eve, …) are tabled.
enum Philippines {
    static let definition = CountryDefinition(
        code: "PH", name: "Philippines",
        sources: ["Executive Order 292 as amended (RA 9492)", PhilippinesTables.source],
        islamic: PhilippinesTables.islamic,
        decreedThrough: PhilippinesTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = PhilippinesTables.islamic
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-3), "Maundy Thursday")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(-1), "Black Saturday")
        // Proclamation No. 90, s. 2022 moved the 2023 Day of Valor and Bonifacio Day to Mondays.
        b.add(b.year == 2023 ? b.date(4, 10) : b.date(4, 9), "Day of Valor")
        b.add(b.date(5, 1), "Labor Day")
        b.add(b.date(6, 12), "Independence Day")
        // Moved to Friday 23 August in 2024 by the proclamation amending Proclamation No. 368, s. 2023.
        b.add(b.year == 2024 ? b.date(8, 23) : b.date(8, 21), "Ninoy Aquino Day")
        b.add(b.nth(-1, .monday, of: 8), "National Heroes Day")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.year == 2023 ? b.date(11, 27) : b.date(11, 30), "Bonifacio Day")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(b.date(12, 30), "Rizal Day")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr"])
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(PhilippinesTables.decreed)
    }
}
