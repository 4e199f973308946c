// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for UA that no rule can produce.
enum UkraineTables {
    /// Where the dates come from.
    static let source =
        "Labour Code of Ukraine art. 67 and 73 and the yearly Cabinet of Ministers orders recommending transfers of working days (2015-2022), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2022

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-01-02", "Day off (transferred from 2015-01-17)", .transfer, from: "2015-01-17"),
            .init("2015-01-08", "Day off (transferred from 2015-01-31)", .transfer, from: "2015-01-31"),
            .init("2015-01-09", "Day off (transferred from 2015-02-14)", .transfer, from: "2015-02-14"),
            .init("2016-01-08", "Day off (transferred from 2016-01-16)", .transfer, from: "2016-01-16"),
            .init("2016-03-07", "Day off (transferred from 2016-03-12)", .transfer, from: "2016-03-12"),
            .init("2016-06-27", "Day off (transferred from 2016-07-02)", .transfer, from: "2016-07-02"),
            .init("2017-05-08", "Day off (transferred from 2017-05-13)", .transfer, from: "2017-05-13"),
            .init("2017-08-25", "Day off (transferred from 2017-08-19)", .transfer, from: "2017-08-19"),
            .init("2018-03-09", "Day off (transferred from 2018-03-03)", .transfer, from: "2018-03-03"),
            .init("2018-04-30", "Day off (transferred from 2018-05-05)", .transfer, from: "2018-05-05"),
            .init("2018-06-29", "Day off (transferred from 2018-06-23)", .transfer, from: "2018-06-23"),
            .init("2018-12-24", "Day off (transferred from 2018-12-22)", .transfer, from: "2018-12-22"),
            .init("2018-12-31", "Day off (transferred from 2018-12-29)", .transfer, from: "2018-12-29"),
            .init("2019-04-30", "Day off (transferred from 2019-05-11)", .transfer, from: "2019-05-11"),
            .init("2019-12-30", "Day off (transferred from 2019-12-21)", .transfer, from: "2019-12-21"),
            .init("2019-12-31", "Day off (transferred from 2019-12-28)", .transfer, from: "2019-12-28"),
            .init("2020-01-06", "Day off (transferred from 2020-01-11)", .transfer, from: "2020-01-11"),
            .init("2021-01-08", "Day off (transferred from 2021-01-16)", .transfer, from: "2021-01-16"),
            .init("2021-08-23", "Day off (transferred from 2021-08-28)", .transfer, from: "2021-08-28"),
            .init("2021-10-15", "Day off (transferred from 2021-10-23)", .transfer, from: "2021-10-23"),
            .init("2022-03-07", "Day off (transferred from 2022-03-12)", .transfer, from: "2022-03-12"),
        ])

    /// Weekend days decreed working days.
    static let workingDays = DateTable(
        source: source, confirmedThrough: confirmedThrough,
        [
            "2015-01-17", "2015-01-31", "2015-02-14",
            "2016-01-16", "2016-03-12", "2016-07-02",
            "2017-05-13", "2017-08-19",
            "2018-03-03", "2018-05-05", "2018-06-23", "2018-12-22", "2018-12-29",
            "2019-05-11", "2019-12-21", "2019-12-28",
            "2020-01-11",
            "2021-01-16", "2021-08-28", "2021-10-23",
            "2022-03-12",
        ])
}
