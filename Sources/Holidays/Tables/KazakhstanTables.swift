// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for KZ that no rule can produce.
enum KazakhstanTables {
    /// Where the dates come from.
    static let source =
        "Law On Holidays in the Republic of Kazakhstan (2001) and the yearly Government resolutions on transferring days off, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 0,
        [
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2015-09-24",
                    "2016-09-12",
                    "2017-09-01",
                    "2018-08-21",
                    "2019-08-11",
                    "2020-07-31",
                    "2021-07-20",
                    "2022-07-09",
                    "2023-06-28",
                    "2024-06-16",
                    "2025-06-06",
                ])
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2016-03-07", "Day off (transferred from 2016-03-05)", .transfer, from: "2016-03-05"),
            .init("2017-03-20", "Day off (transferred from 2017-03-18)", .transfer, from: "2017-03-18"),
            .init("2017-07-07", "Day off (transferred from 2017-07-01)", .transfer, from: "2017-07-01"),
            .init("2018-03-09", "Day off (transferred from 2018-03-03)", .transfer, from: "2018-03-03"),
            .init("2018-04-30", "Day off (transferred from 2018-04-28)", .transfer, from: "2018-04-28"),
            .init("2018-05-08", "Day off (transferred from 2018-05-05)", .transfer, from: "2018-05-05"),
            .init("2018-08-31", "Day off (transferred from 2018-08-25)", .transfer, from: "2018-08-25"),
            .init("2018-12-31", "Day off (transferred from 2018-12-29)", .transfer, from: "2018-12-29"),
            .init("2019-05-10", "Day off (transferred from 2019-05-04)", .transfer, from: "2019-05-04"),
            .init("2020-01-03", "Day off (transferred from 2020-01-05)", .transfer, from: "2020-01-05"),
            .init("2020-05-08", "Day off (transferred from 2020-05-11)", .transfer, from: "2020-05-11"),
            .init("2020-12-18", "Day off (transferred from 2020-12-20)", .transfer, from: "2020-12-20"),
            .init("2021-07-05", "Day off (transferred from 2021-07-03)", .transfer, from: "2021-07-03"),
            .init("2022-03-07", "Day off (transferred from 2022-03-05)", .transfer, from: "2022-03-05"),
            .init("2022-08-29", "Day off (transferred from 2022-08-27)", .transfer, from: "2022-08-27"),
            .init("2022-10-24", "Day off (transferred from 2022-10-22)", .transfer, from: "2022-10-22"),
            .init("2023-07-07", "Day off (transferred from 2023-07-01)", .transfer, from: "2023-07-01"),
            .init("2024-05-08", "Day off (transferred from 2024-05-04)", .transfer, from: "2024-05-04"),
            .init("2025-01-03", "Day off (transferred from 2025-01-05)", .transfer, from: "2025-01-05"),
        ])

    /// Weekend days decreed working days.
    static let workingDays = DateTable(
        source: source, confirmedThrough: confirmedThrough,
        [
            "2016-03-05",
            "2017-03-18", "2017-07-01",
            "2018-03-03", "2018-04-28", "2018-05-05", "2018-08-25", "2018-12-29",
            "2019-05-04",
            "2020-01-05", "2020-12-20",
            "2021-07-03",
            "2022-03-05", "2022-08-27", "2022-10-22",
            "2023-07-01",
            "2024-05-04",
            "2025-01-05",
        ])
}
