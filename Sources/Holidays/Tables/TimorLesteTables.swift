// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for TL that no rule can produce.
enum TimorLesteTables {
    /// Where the dates come from.
    static let source =
        "Law 10/2005 on public holidays as amended in 2016 and 2023 and the Government's yearly notices granting civil servants tolerance days and election days (timor-leste.gov.tl, through 2025), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2025

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 0,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2015-07-17",
                    "2016-07-07",
                    "2017-06-26",
                    "2018-06-15",
                    "2019-06-06",
                    "2020-05-24",
                    "2021-05-13",
                    "2022-05-02",
                    "2023-04-22",
                    "2024-04-10",
                    "2025-03-31",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2015-09-24",
                    "2016-09-18",
                    "2017-09-01",
                    "2018-08-21",
                    "2019-08-11",
                    "2020-07-31",
                    "2021-07-19",
                    "2022-07-09",
                    "2023-06-29",
                    "2024-06-17",
                    "2025-06-06",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2015-02-18", "National Holidays (Special)", .collectiveLeave),
            .init("2015-04-02", "National Holidays (Special)", .collectiveLeave),
            .init("2015-05-13", "National Holidays (Special)", .collectiveLeave),
            .init("2015-06-05", "Funeral Ceremonies of Fernando 'La Sama' de Araújo", .collectiveLeave),
            .init("2015-08-20", "National Holidays (Special)", .collectiveLeave),
            .init("2015-12-24", "National Holidays (Special)", .collectiveLeave),
            .init("2015-12-31", "National Holidays (Special)", .collectiveLeave),
            .init("2016-02-10", "National Holidays (Special)", .collectiveLeave),
            .init("2016-03-24", "National Holidays (Special)", .collectiveLeave),
            .init("2016-07-06", "National Holidays (Special)", .collectiveLeave),
            .init("2016-11-03", "National Holidays (Special)", .collectiveLeave),
            .init("2016-12-26", "National Holidays (Special)", .collectiveLeave),
            .init("2017-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2017-03-01", "National Holidays (Special)", .collectiveLeave),
            .init("2017-03-20", "Presidential Election Day", .election),
            .init("2017-03-21", "Presidential Election Day", .election),
            .init("2017-04-13", "National Holidays (Special)", .collectiveLeave),
            .init("2017-12-26", "National Holidays (Special)", .collectiveLeave),
            .init("2018-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2018-02-14", "National Holidays (Special)", .collectiveLeave),
            .init("2018-02-16", "National Holidays (Special)", .collectiveLeave),
            .init("2018-03-29", "National Holidays (Special)", .collectiveLeave),
            .init("2018-08-22", "National Holidays (Special)", .collectiveLeave),
            .init("2019-02-05", "National Holidays (Special)", .collectiveLeave),
            .init("2019-03-06", "National Holidays (Special)", .collectiveLeave),
            .init("2019-04-18", "National Holidays (Special)", .collectiveLeave),
            .init("2019-08-12", "National Holidays (Special)", .collectiveLeave),
            .init("2019-08-20", "National Holidays (Special)", .collectiveLeave),
            .init("2019-08-26", "20th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2019-08-27", "20th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2019-08-28", "20th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2019-08-29", "20th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2019-10-31", "National Holidays (Special)", .collectiveLeave),
            .init("2019-12-24", "National Holidays (Special)", .collectiveLeave),
            .init("2019-12-26", "National Holidays (Special)", .collectiveLeave),
            .init("2019-12-30", "National Holidays (Special)", .collectiveLeave),
            .init("2020-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2020-02-26", "National Holidays (Special)", .collectiveLeave),
            .init("2020-08-20", "National Holidays (Special)", .collectiveLeave),
            .init("2020-08-31", "National Holidays (Special)", .collectiveLeave),
            .init("2020-11-03", "National Holidays (Special)", .collectiveLeave),
            .init("2020-12-24", "National Holidays (Special)", .collectiveLeave),
            .init("2021-02-12", "National Holidays (Special)", .collectiveLeave),
            .init("2021-02-17", "National Holidays (Special)", .collectiveLeave),
            .init("2021-11-03", "National Holidays (Special)", .collectiveLeave),
            .init("2022-02-01", "National Holidays (Special)", .collectiveLeave),
            .init("2022-03-02", "National Holidays (Special)", .collectiveLeave),
            .init("2022-03-18", "Presidential Election Day", .election),
            .init("2022-04-14", "National Holidays (Special)", .collectiveLeave),
            .init("2022-04-18", "Presidential Election Day", .election),
            .init("2022-04-19", "Presidential Election Day", .election),
            .init("2022-04-20", "Presidential Election Day", .election),
            .init("2022-08-29", "National Holidays (Special)", .collectiveLeave),
            .init("2022-09-06", "National Holidays (Special)", .collectiveLeave),
            .init("2022-10-31", "National Holidays (Special)", .collectiveLeave),
            .init("2022-12-09", "National Holidays (Special)", .collectiveLeave),
            .init("2022-12-26", "National Holidays (Special)", .collectiveLeave),
            .init("2023-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2023-01-23", "National Holidays (Special)", .collectiveLeave),
            .init("2023-02-22", "National Holidays (Special)", .collectiveLeave),
            .init("2023-04-06", "National Holidays (Special)", .collectiveLeave),
            .init("2023-04-10", "National Holidays (Special)", .collectiveLeave),
            .init("2023-04-20", "National Holidays (Special)", .collectiveLeave),
            .init("2023-04-21", "National Holidays (Special)", .collectiveLeave),
            .init("2023-05-19", "Parliamentary Election Day", .election),
            .init("2023-05-22", "Parliamentary Election Day", .election),
            .init("2023-10-27", "Local Election Day", .election),
            .init("2023-11-13", "Local Election Day", .election),
            .init("2023-12-26", "National Holidays (Special)", .collectiveLeave),
            .init("2024-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2024-02-14", "National Holidays (Special)", .collectiveLeave),
            .init("2024-03-28", "National Holidays (Special)", .collectiveLeave),
            .init("2024-08-28", "25th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2024-08-29", "25th Anniversary Celebrations of the Popular Consultation", .collectiveLeave),
            .init("2024-09-09", "Visit of His Holiness Pope Francis to Timor-Leste", .collectiveLeave),
            .init("2024-09-10", "Visit of His Holiness Pope Francis to Timor-Leste", .collectiveLeave),
            .init("2024-09-11", "Visit of His Holiness Pope Francis to Timor-Leste", .collectiveLeave),
            .init("2024-10-31", "National Holidays (Special)", .collectiveLeave),
            .init("2024-11-29", "National Holidays (Special)", .collectiveLeave),
            .init("2024-12-24", "National Holidays (Special)", .collectiveLeave),
            .init("2025-01-02", "National Holidays (Special)", .collectiveLeave),
            .init("2025-01-29", "National Holidays (Special)", .collectiveLeave),
            .init("2025-03-05", "National Holidays (Special)", .collectiveLeave),
        ])
}
