// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for AU that no rule can produce.
enum AustraliaTables {
    /// Where the dates come from.
    static let source =
        "Holidays Act 1958 (ACT), Public Holidays Act 2010 (NSW), Public Holidays Act 1981 (NT), Holidays Act 1983 (QLD), Holidays Act 1910 (SA), Statutory Holidays Act 2000 (TAS), Public Holidays Act 1993 (VIC), Public and Bank Holidays Act 1972 (WA) and one-off proclamations, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-10-02", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2016-09-30", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2017-09-29", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2018-09-28", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2019-09-27", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2020-04-27", "Declared Public Holiday", .public, in: "ACT"),
            .init("2020-10-23", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2021-04-25", "Additional Public Holiday", .public, in: "ACT"),
            .init("2021-09-24", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2022-09-22", "National Day of Mourning for Queen Elizabeth II", .public),
            .init("2022-09-23", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2023-09-29", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2024-09-27", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2025-09-26", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2026-09-25", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2027-09-24", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2028-09-29", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2029-09-28", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2030-09-27", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2031-09-26", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2032-09-24", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2033-09-23", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2034-09-29", "Friday before the AFL Grand Final", .public, in: "VIC"),
            .init("2035-09-28", "Friday before the AFL Grand Final", .public, in: "VIC"),
        ])
}
