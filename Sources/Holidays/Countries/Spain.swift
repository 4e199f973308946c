import CivilTime

/// Spain (ES): the fiestas laborales of Real Decreto 2001/1983 art. 45 and the Estatuto de los
/// Trabajadores art. 37.2, as each year's Resolución of the Dirección General de Trabajo (BOE)
/// lists them, and Madrid (ES-MD), where the ministries sit, by the Comunidad de Madrid's
/// yearly decree on fiestas laborales.
///
/// Weekend Saturday–Sunday. National: 1 and 6 January, Good Friday, 1 May, 15 August,
/// 12 October, 1 November, 6 and 8 December, 25 December. A national day on a Sunday is not
/// national that year: art. 37.2 lets each autonomous community move it to the Monday or
/// replace it, so the BOE list leaves it to them. Madrid adds Maundy Thursday and Madrid Day
/// (2 May), moves Epiphany, Madrid Day and, when its decree so chose, All Saints' and
/// Constitution Day (since 2020), Immaculate Conception (2019) and Christmas (since 2016) from
/// a Sunday to the Monday, and fills the days other Sundays left with Saint Joseph (19 March,
/// when 1 January or 15 August, or until 2015 1 November, is a Sunday) and Saint James
/// (25 July, when 1 May is a Sunday, and in 2024–2025). Madrid's days after its last
/// published decree (2026) are estimated.
///
/// The city of Madrid (`ES-MAD`, where the ministries close; a municipality has no ISO 3166-2
/// code, ES-M is the province whose towns each choose their own days, so the code is the
/// city's UN/LOCODE, ES MAD) adds to ES-MD the two fiestas locales its Pleno sets each year
/// (Estatuto de los Trabajadores art. 37.2; published in the BOCM): San Isidro (15 May) and
/// La Almudena (9 November), each moved to the Monday when it falls on a Sunday and kept on a
/// Saturday. Checked against the Pleno's days as reported for 2013, 2016, 2018–2022 and
/// 2024–2026 (``madridCityCheckedYears``); other years are estimated.
enum Spain {
    static let definition = CountryDefinition(
        code: "ES", name: "Spain",
        subdivisions: [Subdivision("MD", "Madrid"), Subdivision("MAD", "Madrid (city)")],
        sources: [
            "Real Decreto 2001/1983, art. 45", "Estatuto de los Trabajadores, art. 37.2",
            "Resoluciones de la Dirección General de Trabajo (BOE) on fiestas laborales",
            "Madrid: decretos del Consejo de Gobierno on fiestas laborales (2015–2026)",
            "Madrid city: the Pleno del Ayuntamiento's fiestas locales (BOCM), 2013, 2016, 2018–2022, 2024–2026",
        ],
        decreedThrough: madridDecreedThrough,
        build: build)

    /// The last year the Comunidad de Madrid has published its fiestas laborales for.
    static let madridDecreedThrough = 2026

    /// The years whose two fiestas locales of the city of Madrid were checked against the
    /// Pleno's decision as reported, both days (for 2014 and 2015 only La Almudena was found, for
    /// 2017 and 2023 neither).
    static let madridCityCheckedYears: Set<Int> = [2013, 2016, 2018, 2019, 2020, 2021, 2022, 2024, 2025, 2026]

    static func build(_ b: inout YearBuilder) {
        let national: [(LocalDate?, String)] = [
            (b.date(1, 1), "New Year's Day"), (b.date(1, 6), "Epiphany"), (b.easter(-2), "Good Friday"),
            (b.date(5, 1), "Labour Day"), (b.date(8, 15), "Assumption Day"), (b.date(10, 12), "National Day"),
            (b.date(11, 1), "All Saints' Day"), (b.date(12, 6), "Constitution Day"),
            (b.date(12, 8), "Immaculate Conception"), (b.date(12, 25), "Christmas Day"),
        ]
        for case (let date?, let name) in national where date.weekday != .sunday { b.add(date, name) }
        guard b.isIn("MD", "MAD") else { return }
        let estimated = b.year > madridDecreedThrough
        func isSunday(_ month: Int, _ day: Int) -> Bool { b.date(month, day)?.weekday == .sunday }
        var regional: [(LocalDate?, String)] = [(b.easter(-3), "Maundy Thursday"), (b.date(5, 2), "Madrid Day")]
        var moved: [(LocalDate?, String)] = [(b.date(1, 6), "Epiphany")]
        if b.year >= 2016 { moved.append((b.date(12, 25), "Christmas Day")) }
        if b.year >= 2020 { moved += [(b.date(11, 1), "All Saints' Day"), (b.date(12, 6), "Constitution Day")] }
        if b.year == 2019 { moved.append((b.date(12, 8), "Immaculate Conception")) }
        if isSunday(1, 1) || isSunday(8, 15) || (b.year <= 2015 && isSunday(11, 1)) {
            regional.append((b.date(3, 19), "Saint Joseph's Day"))
        }
        if isSunday(5, 1) || b.year == 2024 || b.year == 2025 { regional.append((b.date(7, 25), "Saint James' Day")) }
        for case (let date?, let name) in regional + moved {
            if date.weekday == .sunday {
                b.add(date.adding(days: 1), "Monday following " + name, estimated: estimated)
            } else if !b.isHoliday(date) {
                b.add(date, name, estimated: estimated)
            }
        }
        guard b.isIn("MAD") else { return }
        let cityEstimated = !madridCityCheckedYears.contains(b.year)
        for case (let date?, let name) in [(b.date(5, 15), "San Isidro"), (b.date(11, 9), "Our Lady of La Almudena")] {
            if date.weekday == .sunday {
                b.add(date.adding(days: 1), "Monday following " + name, estimated: cityEstimated)
            } else {
                b.add(date, name, estimated: cityEstimated)
            }
        }
    }
}
