// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for SG that no rule can produce.
enum SingaporeTables {
    /// Where the dates come from.
    static let source =
        "Ministry of Manpower gazette of public holidays (Holidays Act 1998) through 2027, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2027

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 1,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-07-17",
                    "2016-07-06",
                    "2017-06-25",
                    "2018-06-15",
                    "2019-06-05",
                    "2020-05-24",
                    "2021-05-13",
                    "2022-05-03",
                    "2023-04-22",
                    "2024-04-10",
                    "2025-03-31",
                    "2026-03-21",
                    "2027-03-10",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-09-24",
                    "2016-09-12",
                    "2017-09-01",
                    "2018-08-22",
                    "2019-08-11",
                    "2020-07-31",
                    "2021-07-20",
                    "2022-07-10",
                    "2023-06-29",
                    "2024-06-17",
                    "2025-06-07",
                    "2026-05-27",
                    "2027-05-17",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-06-01", "Vesak Day", .public),
            .init("2015-08-07", "SG50 Public Holiday", .public),
            .init("2015-09-11", "Polling Day", .election),
            .init("2015-11-10", "Diwali", .public),
            .init("2016-05-21", "Vesak Day", .public),
            .init("2016-10-29", "Diwali", .public),
            .init("2017-05-10", "Vesak Day", .public),
            .init("2017-10-18", "Diwali", .public),
            .init("2018-05-29", "Vesak Day", .public),
            .init("2018-11-06", "Diwali", .public),
            .init("2019-05-19", "Vesak Day", .public),
            .init("2019-10-27", "Diwali", .public),
            .init("2020-05-07", "Vesak Day", .public),
            .init("2020-07-10", "Polling Day", .election),
            .init("2020-11-14", "Diwali", .public),
            .init("2021-05-26", "Vesak Day", .public),
            .init("2021-11-04", "Diwali", .public),
            .init("2022-05-15", "Vesak Day", .public),
            .init("2022-10-24", "Diwali", .public),
            .init("2023-06-02", "Vesak Day", .public),
            .init("2023-09-01", "Polling Day", .election),
            .init("2023-11-12", "Diwali", .public),
            .init("2024-05-22", "Vesak Day", .public),
            .init("2024-10-31", "Diwali", .public),
            .init("2025-05-03", "Polling Day", .election),
            .init("2025-05-12", "Vesak Day", .public),
            .init("2025-10-20", "Diwali", .public),
            .init("2026-05-31", "Vesak Day", .public),
            .init("2026-11-08", "Diwali", .public),
            .init("2027-05-20", "Vesak Day", .public),
            .init("2027-10-28", "Diwali", .public),
            .init("2028-05-09", "Vesak Day", .public),
            .init("2028-11-15", "Diwali", .public),
            .init("2029-05-27", "Vesak Day", .public),
            .init("2029-11-05", "Diwali", .public),
            .init("2030-05-16", "Vesak Day", .public),
            .init("2030-10-26", "Diwali", .public),
            .init("2031-06-04", "Vesak Day", .public),
            .init("2031-11-14", "Diwali", .public),
            .init("2032-05-23", "Vesak Day", .public),
            .init("2032-11-02", "Diwali", .public),
            .init("2033-05-13", "Vesak Day", .public),
            .init("2033-10-22", "Diwali", .public),
            .init("2034-06-01", "Vesak Day", .public),
            .init("2034-11-10", "Diwali", .public),
            .init("2035-05-22", "Vesak Day", .public),
            .init("2035-10-30", "Diwali", .public),
        ])
}
