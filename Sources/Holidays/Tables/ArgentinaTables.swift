// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for AR that no rule can produce.
enum ArgentinaTables {
    /// Where the dates come from.
    static let source =
        "Ley 27.399 art. 7 and the yearly decrees setting the dias no laborables con fines turisticos (bridge days), and the one-off decrees of 2022 (census, World Cup) and 2026 (papal visit), as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-03-23", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2015-12-07", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2016-07-08", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2016-12-09", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2018-04-30", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2018-12-24", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2018-12-31", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2019-07-08", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2019-08-19", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2019-10-14", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2020-03-23", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2020-07-10", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2020-12-07", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2021-05-24", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2021-10-08", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2021-11-22", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2022-05-18", "National Census Day 2022", .public),
            .init("2022-10-07", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2022-11-21", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2022-12-09", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2022-12-20", "FIFA World Cup 2022 Victory Day", .public),
            .init("2023-05-26", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2023-06-19", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2023-10-13", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2024-04-01", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2024-06-21", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2024-10-11", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2025-05-02", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2025-08-15", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2025-11-21", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2026-03-23", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2026-07-10", "Bridge day (día no laborable con fines turísticos)", .closure),
            .init("2026-11-09", "Visit of His Holiness Pope Leo XIV", .public),
            .init("2026-12-07", "Bridge day (día no laborable con fines turísticos)", .closure),
        ])
}
