// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for PK that no rule can produce.
enum PakistanTables {
    /// Where the dates come from.
    static let source =
        "Cabinet Division notifications of public holidays (yearly) and Ruet-e-Hilal Committee sightings, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2025

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 1,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-07-17", "2015-07-18", "2015-07-19", "2015-07-20", "2015-07-21",
                    "2016-07-05", "2016-07-06", "2016-07-07", "2016-07-08",
                    "2017-06-26", "2017-06-27", "2017-06-28",
                    "2018-06-15", "2018-06-16", "2018-06-17", "2018-06-18",
                    "2019-06-04", "2019-06-05", "2019-06-06", "2019-06-07",
                    "2020-05-22", "2020-05-23", "2020-05-24", "2020-05-25", "2020-05-26", "2020-05-27",
                    "2021-05-10", "2021-05-11", "2021-05-12", "2021-05-13", "2021-05-14", "2021-05-15",
                    "2022-05-02", "2022-05-03", "2022-05-04", "2022-05-05",
                    "2023-04-21", "2023-04-22", "2023-04-23", "2023-04-24", "2023-04-25",
                    "2024-04-10", "2024-04-11", "2024-04-12",
                    "2025-03-31", "2025-04-01", "2025-04-02",
                    "2026-03-20", "2026-03-21",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-09-24", "2015-09-25", "2015-09-26",
                    "2016-09-12", "2016-09-13", "2016-09-14",
                    "2017-09-01", "2017-09-02", "2017-09-03", "2017-09-04",
                    "2018-08-21", "2018-08-22", "2018-08-23",
                    "2019-08-12", "2019-08-13", "2019-08-14", "2019-08-15",
                    "2020-07-31", "2020-08-01", "2020-08-02",
                    "2021-07-20", "2021-07-21", "2021-07-22",
                    "2022-07-08", "2022-07-09", "2022-07-10", "2022-07-11", "2022-07-12",
                    "2023-06-28", "2023-06-29", "2023-06-30", "2023-07-01",
                    "2024-06-17", "2024-06-18", "2024-06-19",
                    "2025-06-06", "2025-06-07", "2025-06-08", "2025-06-09",
                    "2026-05-26", "2026-05-27", "2026-05-28",
                ]),
            .mawlid: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-01-04", "2015-12-24",
                    "2016-12-12",
                    "2017-12-01",
                    "2018-11-21",
                    "2019-11-10",
                    "2020-10-30",
                    "2021-10-19",
                    "2022-10-09",
                    "2023-09-29",
                    "2024-09-17",
                    "2025-09-06",
                    "2026-08-26",
                ]),
            .ashura: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2015-10-23", "2015-10-24",
                    "2016-10-11", "2016-10-12",
                    "2017-09-30", "2017-10-01",
                    "2018-09-20", "2018-09-21",
                    "2019-09-09", "2019-09-10",
                    "2020-08-29", "2020-08-30",
                    "2021-08-18", "2021-08-19",
                    "2022-08-08", "2022-08-09",
                    "2023-07-28", "2023-07-29",
                    "2024-07-16", "2024-07-17",
                    "2025-07-05", "2025-07-06",
                    "2026-06-25", "2026-06-26",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2018-07-25", "General Election Day", .election),
            .init("2024-02-08", "General Election Day", .election),
        ])
}
