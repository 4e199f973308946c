// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for VN that no rule can produce.
enum VietNamTables {
    /// Where the dates come from.
    static let source = "Labour Code 2019 art. 112 and Prime Minister's yearly decisions on days off, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-01-02", "Day off (transferred from 2014-12-27)", .transfer, from: "2014-12-27"),
            .init("2015-02-16", "Day off (transferred from 2015-02-14)", .transfer, from: "2015-02-14"),
            .init("2015-02-17", "29 of Lunar New Year", .public),
            .init("2015-02-23", "Fifth Day of Lunar New Year", .public),
            .init("2015-04-29", "Day off (transferred from 2015-04-25)", .transfer, from: "2015-04-25"),
            .init("2016-02-12", "Fifth Day of Lunar New Year", .public),
            .init("2017-01-26", "29 of Lunar New Year", .public),
            .init("2017-02-01", "Fifth Day of Lunar New Year", .public),
            .init("2018-02-14", "29 of Lunar New Year", .public),
            .init("2018-02-20", "Fifth Day of Lunar New Year", .public),
            .init("2018-12-31", "Day off (transferred from 2019-01-05)", .transfer, from: "2019-01-05"),
            .init("2019-04-29", "Day off (transferred from 2019-05-04)", .transfer, from: "2019-05-04"),
            .init("2020-01-23", "29 of Lunar New Year", .public),
            .init("2020-01-29", "Fifth Day of Lunar New Year", .public),
            .init("2021-02-10", "29 of Lunar New Year", .public),
            .init("2021-02-16", "Fifth Day of Lunar New Year", .public),
            .init("2023-01-20", "29 of Lunar New Year", .public),
            .init("2023-01-26", "Fifth Day of Lunar New Year", .public),
            .init("2024-02-08", "29 of Lunar New Year", .public),
            .init("2024-02-14", "Fifth Day of Lunar New Year", .public),
            .init("2024-04-29", "Day off (transferred from 2024-05-04)", .transfer, from: "2024-05-04"),
            .init("2025-01-27", "29 of Lunar New Year", .public),
            .init("2025-05-02", "Day off (transferred from 2025-04-26)", .transfer, from: "2025-04-26"),
            .init("2026-08-31", "Day off (transferred from 2026-08-22)", .transfer, from: "2026-08-22"),
            .init("2027-02-04", "29 of Lunar New Year", .public),
            .init("2027-02-10", "Fifth Day of Lunar New Year", .public),
            .init("2028-01-24", "29 of Lunar New Year", .public),
            .init("2030-01-31", "29 of Lunar New Year", .public),
            .init("2030-02-06", "Fifth Day of Lunar New Year", .public),
            .init("2031-01-21", "29 of Lunar New Year", .public),
            .init("2031-01-27", "Fifth Day of Lunar New Year", .public),
            .init("2032-02-09", "29 of Lunar New Year", .public),
            .init("2033-02-04", "Fifth Day of Lunar New Year", .public),
            .init("2034-02-17", "29 of Lunar New Year", .public),
            .init("2034-02-23", "Fifth Day of Lunar New Year", .public),
            .init("2035-02-06", "29 of Lunar New Year", .public),
            .init("2035-02-12", "Fifth Day of Lunar New Year", .public),
        ])

    /// Weekend days decreed working days.
    static let workingDays = DateTable(
        source: source, confirmedThrough: confirmedThrough,
        [
            "2015-02-14", "2015-04-25",
            "2019-01-05", "2019-05-04",
            "2024-05-04",
            "2025-04-26",
            "2026-08-22",
        ])
}
