// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for FJ that no rule can produce.
enum FijiTables {
    /// Where the dates come from.
    static let source =
        "Public Holidays Act (Fiji, laws.gov.fj) and the yearly gazette notices declaring public holidays (through Gazette Notice 95 of 2026), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 0,
        [
            .mawlid: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2016-12-12",
                    "2017-12-02",
                    "2018-11-19",
                    "2019-11-09",
                    "2020-10-31",
                    "2021-10-18",
                    "2022-10-07",
                    "2023-09-30",
                    "2024-09-16",
                    "2025-09-06",
                    "2026-08-24",
                ])
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2016-10-31", "Diwali", .public),
            .init("2017-10-19", "Diwali", .public),
            .init("2018-11-07", "Diwali", .public),
            .init("2019-10-28", "Diwali", .public),
            .init("2020-11-14", "Diwali", .public),
            .init("2021-11-04", "Diwali", .public),
            .init("2022-10-25", "Diwali", .public),
            .init("2023-11-13", "Diwali", .public),
            .init("2024-11-01", "Diwali", .public),
            .init("2025-10-21", "Diwali", .public),
            .init("2026-11-08", "Diwali", .public),
            .init("2027-10-29", "Diwali", .public),
            .init("2028-10-17", "Diwali", .public),
            .init("2029-11-05", "Diwali", .public),
            .init("2030-10-26", "Diwali", .public),
            .init("2031-11-14", "Diwali", .public),
            .init("2032-11-02", "Diwali", .public),
            .init("2033-10-22", "Diwali", .public),
            .init("2034-11-10", "Diwali", .public),
            .init("2035-10-30", "Diwali", .public),
        ])
}
