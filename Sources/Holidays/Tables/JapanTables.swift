// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for JP that no rule can produce.
enum JapanTables {
    /// Where the dates come from.
    static let source =
        "Act on National Holidays (Act No. 178 of 1948) and the 2019-2021 special measures acts, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2019-05-01", "Emperor's Enthronement Day", .public),
            .init("2019-10-22", "Emperor's Enthronement Day", .public),
        ])
}
