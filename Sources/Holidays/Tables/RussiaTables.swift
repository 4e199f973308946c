// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for RU that no rule can produce.
enum RussiaTables {
    /// Where the dates come from.
    static let source =
        "Labour Code art. 112 and the yearly Resolutions of the Government of the Russian Federation on the transfer of days off (2015-2027; 2025: No. 1335 of 2024-10-04), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2027

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-01-09", "Day off (transferred from 2015-01-03)", .transfer, from: "2015-01-03"),
            .init("2015-05-04", "Day off (transferred from 2015-01-04)", .transfer, from: "2015-01-04"),
            .init("2016-02-22", "Day off (transferred from 2016-02-20)", .transfer, from: "2016-02-20"),
            .init("2016-03-07", "Day off (transferred from 2016-01-02)", .transfer, from: "2016-01-02"),
            .init("2016-05-03", "Day off (transferred from 2016-01-03)", .transfer, from: "2016-01-03"),
            .init("2017-02-24", "Day off (transferred from 2017-01-01)", .transfer, from: "2017-01-01"),
            .init("2017-05-08", "Day off (transferred from 2017-01-07)", .transfer, from: "2017-01-07"),
            .init("2018-03-09", "Day off (transferred from 2018-01-06)", .transfer, from: "2018-01-06"),
            .init("2018-04-30", "Day off (transferred from 2018-04-28)", .transfer, from: "2018-04-28"),
            .init("2018-05-02", "Day off (transferred from 2018-01-07)", .transfer, from: "2018-01-07"),
            .init("2018-06-11", "Day off (transferred from 2018-06-09)", .transfer, from: "2018-06-09"),
            .init("2018-12-31", "Day off (transferred from 2018-12-29)", .transfer, from: "2018-12-29"),
            .init("2019-05-02", "Day off (transferred from 2019-01-05)", .transfer, from: "2019-01-05"),
            .init("2019-05-03", "Day off (transferred from 2019-01-06)", .transfer, from: "2019-01-06"),
            .init("2019-05-10", "Day off (transferred from 2019-02-23)", .transfer, from: "2019-02-23"),
            .init("2020-05-04", "Day off (transferred from 2020-01-04)", .transfer, from: "2020-01-04"),
            .init("2020-05-05", "Day off (transferred from 2020-01-05)", .transfer, from: "2020-01-05"),
            .init("2021-02-22", "Day off (transferred from 2021-02-20)", .transfer, from: "2021-02-20"),
            .init("2021-11-05", "Day off (transferred from 2021-01-02)", .transfer, from: "2021-01-02"),
            .init("2021-12-31", "Day off (transferred from 2021-01-03)", .transfer, from: "2021-01-03"),
            .init("2022-03-07", "Day off (transferred from 2022-03-05)", .transfer, from: "2022-03-05"),
            .init("2022-05-03", "Day off (transferred from 2022-01-01)", .transfer, from: "2022-01-01"),
            .init("2022-05-10", "Day off (transferred from 2022-01-02)", .transfer, from: "2022-01-02"),
            .init("2023-02-24", "Day off (transferred from 2023-01-01)", .transfer, from: "2023-01-01"),
            .init("2023-05-08", "Day off (transferred from 2023-01-08)", .transfer, from: "2023-01-08"),
            .init("2024-04-29", "Day off (transferred from 2024-04-27)", .transfer, from: "2024-04-27"),
            .init("2024-04-30", "Day off (transferred from 2024-11-02)", .transfer, from: "2024-11-02"),
            .init("2024-05-10", "Day off (transferred from 2024-01-06)", .transfer, from: "2024-01-06"),
            .init("2024-12-30", "Day off (transferred from 2024-12-28)", .transfer, from: "2024-12-28"),
            .init("2024-12-31", "Day off (transferred from 2024-01-07)", .transfer, from: "2024-01-07"),
            .init("2025-05-02", "Day off (transferred from 2025-01-04)", .transfer, from: "2025-01-04"),
            .init("2025-05-08", "Day off (transferred from 2025-02-23)", .transfer, from: "2025-02-23"),
            .init("2025-06-13", "Day off (transferred from 2025-03-08)", .transfer, from: "2025-03-08"),
            .init("2025-11-03", "Day off (transferred from 2025-11-01)", .transfer, from: "2025-11-01"),
            .init("2025-12-31", "Day off (transferred from 2025-01-05)", .transfer, from: "2025-01-05"),
            .init("2026-01-09", "Day off (transferred from 2026-01-03)", .transfer, from: "2026-01-03"),
            .init("2026-12-31", "Day off (transferred from 2026-01-04)", .transfer, from: "2026-01-04"),
            .init("2027-02-22", "Day off (transferred from 2027-02-20)", .transfer, from: "2027-02-20"),
            .init("2027-11-05", "Day off (transferred from 2027-01-02)", .transfer, from: "2027-01-02"),
            .init("2027-12-31", "Day off (transferred from 2027-01-03)", .transfer, from: "2027-01-03"),
        ])

    /// Weekend days decreed working days.
    static let workingDays = DateTable(
        source: source, confirmedThrough: confirmedThrough,
        [
            "2016-02-20",
            "2018-04-28", "2018-06-09", "2018-12-29",
            "2021-02-20",
            "2022-03-05",
            "2024-04-27", "2024-11-02", "2024-12-28",
            "2025-11-01",
            "2027-02-20",
        ])
}
