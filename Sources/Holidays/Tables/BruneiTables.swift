// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for BN that no rule can produce.
enum BruneiTables {
    /// Where the dates come from.
    static let source =
        "Prime Minister's Office circulars on public holidays (jpm.gov.bn, yearly through the circular for 2026), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 0,
        [
            .israMiraj: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-05-16",
                    "2016-05-05",
                    "2017-04-24",
                    "2018-04-14",
                    "2019-04-03",
                    "2020-03-22",
                    "2021-03-11",
                    "2022-02-28",
                    "2023-02-18",
                    "2024-02-08",
                    "2025-01-27",
                    "2026-01-17",
                ]),
            .ramadanStart: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-06-18",
                    "2016-06-06",
                    "2017-05-27",
                    "2018-05-17",
                    "2019-05-06",
                    "2020-04-24",
                    "2021-04-13",
                    "2022-04-03",
                    "2023-03-23",
                    "2024-03-12",
                    "2025-03-02",
                    "2026-02-19",
                ]),
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-07-17",
                    "2016-07-06",
                    "2017-06-25",
                    "2018-06-15",
                    "2019-06-05",
                    "2020-05-24",
                    "2021-05-13",
                    "2022-05-02",
                    "2023-04-22",
                    "2024-04-10",
                    "2025-03-31",
                    "2026-03-21",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-09-24",
                    "2016-09-12",
                    "2017-09-01",
                    "2018-08-22",
                    "2019-08-11",
                    "2020-07-31",
                    "2021-07-20",
                    "2022-07-09",
                    "2023-06-29",
                    "2024-06-17",
                    "2025-06-07",
                    "2026-05-27",
                ]),
            .islamicNewYear: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-10-14",
                    "2016-10-02",
                    "2017-09-22",
                    "2018-09-11",
                    "2019-09-01",
                    "2020-08-20",
                    "2021-08-10",
                    "2022-07-30",
                    "2023-07-19",
                    "2024-07-07",
                    "2025-06-27",
                    "2026-06-17",
                ]),
            .mawlid: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-01-03", "2015-12-24",
                    "2016-12-12",
                    "2017-12-01",
                    "2018-11-20",
                    "2019-11-09",
                    "2020-10-29",
                    "2021-10-19",
                    "2022-10-08",
                    "2023-09-28",
                    "2024-09-16",
                    "2025-09-05",
                    "2026-08-25",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2017-10-05", "Sultan Hassanal Bolkiah's Golden Jubilee", .public)
        ])
}
