// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for PG that no rule can produce.
enum PapuaNewGuineaTables {
    /// Where the dates come from.
    static let source =
        "Public Holidays Act 1953 (PNG) as amended and the Prime Minister's declarations of special public holidays, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2018-11-16", "APEC Leaders' Summit Public Holiday", .public),
            .init("2021-01-08", "State Funeral of Sir Mekere Morauta", .public),
            .init("2021-03-01", "National Day of Mourning for Sir Michael Somare", .public),
            .init("2021-03-12", "National Day of Mourning for Sir Michael Somare", .public),
            .init("2022-09-19", "State Funeral of Queen Elizabeth II", .public),
            .init("2023-04-18", "State Funeral of Sir Rabbie Namaliu", .public),
        ])
}
