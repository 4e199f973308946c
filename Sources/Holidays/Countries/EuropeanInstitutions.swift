import CivilTime

/// The institutions of the European Union in Brussels (`EU`): the public holidays the
/// Commission decides for their staff (Staff Regulations art. 61), an organisation calendar
/// usable wherever a country code is.
///
/// Every published decision follows one pattern: 1 and 2 January, Maundy Thursday, Good
/// Friday, Easter Monday, 1 May, 9 May (the Schuman Declaration), Ascension Day and the day
/// after, Whit Monday, 21 July (Belgian National Day, for staff in Brussels; Luxembourg has
/// 23 June instead), 15 August, 1 and 2 November, and the end-of-year days: every weekday from
/// 24 to 31 December, when the institutions close. A holiday on a weekend is not replaced.
/// Checked day for day against the decisions for 2014 (Commission Decision of 21 December
/// 2012, OJ C 39, 12.2.2013, p. 26) and 2023 (Commission Decision of 25 May 2021, OJ C 201 I,
/// 28.5.2021, p. 2), and the Commission's lists for 2017 and 2020. The end-of-year days are the
/// Commission's choice each year, so past the last decision checked they are estimated.
enum EuropeanInstitutions {
    /// The last year whose decision the calendar was checked against.
    static let decidedThrough = 2023

    static let definition = CountryDefinition(
        code: "EU", name: "European Union institutions, Brussels", isOrganisation: true,
        sources: [
            "Staff Regulations of Officials of the European Union, art. 61",
            "Commission Decision of 21 December 2012 on public holidays for 2014 (OJ C 39, 12.2.2013)",
            "Commission Decision of 25 May 2021 on public holidays in 2023 (OJ C 201 I, 28.5.2021)",
        ],
        decreedThrough: decidedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.date(1, 2), "Day after New Year's Day")
        b.add(b.easter(-3), "Maundy Thursday")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.easter(1), "Easter Monday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.date(5, 9), "Europe Day (Schuman Declaration)")
        b.add(b.easter(39), "Ascension Day")
        b.add(b.easter(40), "Day after Ascension Day")
        b.add(b.easter(50), "Whit Monday")
        b.add(b.date(7, 21), "Belgian National Day")
        b.add(b.date(8, 15), "Assumption")
        b.add(b.date(11, 1), "All Saints' Day")
        b.add(b.date(11, 2), "All Souls' Day")
        for day in 24...31 {
            guard let date = b.date(12, day), !b.weekend.contains(date.weekday) else { continue }
            b.add(date, day == 25 ? "Christmas Day" : "End-of-year day", estimated: b.year > decidedThrough && day != 25)
        }
    }
}
