// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for ZA that no rule can produce.
enum SouthAfricaTables {
    /// Where the dates come from.
    static let source =
        "Public Holidays Act 36 of 1994 and presidential declarations under its section 2A, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2016-08-03", "Local Government Elections", .election),
            .init("2016-12-27", "Public Holiday by Presidential Decree", .public),
            .init("2019-05-08", "National and Provincial Government Elections", .election),
            .init("2021-11-01", "Municipal elections", .election),
            .init("2022-12-27", "Public Holiday by Presidential Decree", .public),
            .init("2023-12-15", "Public Holiday by Presidential Decree", .public),
            .init("2024-05-29", "National and Provincial Government Elections", .election),
            .init("2026-11-04", "Local Government Elections", .election),
        ])
}
