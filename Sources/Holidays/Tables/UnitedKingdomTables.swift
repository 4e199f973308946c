// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for GB that no rule can produce.
enum UnitedKingdomTables {
    /// Where the dates come from.
    static let source = "Banking and Financial Dealings Act 1971 and royal proclamations, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2022-06-03", "Platinum Jubilee of Elizabeth II", .public),
            .init("2022-09-19", "State Funeral of Queen Elizabeth II", .public),
            .init("2023-05-08", "Coronation of Charles III", .public),
        ])
}
