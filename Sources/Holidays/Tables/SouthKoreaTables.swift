// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for KR that no rule can produce.
enum SouthKoreaTables {
    /// Where the dates come from.
    static let source =
        "Regulations on Holidays of Government Offices (Presidential Decree) and National Election Commission polling days, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-08-14", "Temporary Public Holiday", .public),
            .init("2016-04-13", "National Assembly Election Day", .election),
            .init("2016-05-06", "Temporary Public Holiday", .public),
            .init("2017-05-09", "Presidential Election Day", .election),
            .init("2017-10-02", "Temporary Public Holiday", .public),
            .init("2018-06-13", "Local Election Day", .election),
            .init("2020-04-15", "National Assembly Election Day", .election),
            .init("2020-08-17", "Temporary Public Holiday", .public),
            .init("2022-03-09", "Presidential Election Day", .election),
            .init("2022-06-01", "Local Election Day", .election),
            .init("2023-10-02", "Temporary Public Holiday", .public),
            .init("2024-04-10", "National Assembly Election Day", .election),
            .init("2024-10-01", "Armed Forces Day", .public),
            .init("2025-01-27", "Temporary Public Holiday", .public),
            .init("2025-06-03", "Presidential Election Day", .election),
            .init("2026-05-01", "Labor Day", .public),
            .init("2026-06-03", "Local Election Day", .election),
            .init("2026-07-17", "Constitution Day", .public),
            .init("2027-05-01", "Labor Day", .public),
            .init("2027-07-17", "Constitution Day", .public),
            .init("2028-05-01", "Labor Day", .public),
            .init("2028-07-17", "Constitution Day", .public),
            .init("2029-05-01", "Labor Day", .public),
            .init("2029-07-17", "Constitution Day", .public),
            .init("2030-05-01", "Labor Day", .public),
            .init("2030-07-17", "Constitution Day", .public),
            .init("2031-05-01", "Labor Day", .public),
            .init("2031-07-17", "Constitution Day", .public),
            .init("2032-05-01", "Labor Day", .public),
            .init("2032-07-17", "Constitution Day", .public),
            .init("2033-05-01", "Labor Day", .public),
            .init("2033-07-17", "Constitution Day", .public),
            .init("2034-05-01", "Labor Day", .public),
            .init("2034-07-17", "Constitution Day", .public),
            .init("2035-05-01", "Labor Day", .public),
            .init("2035-07-17", "Constitution Day", .public),
        ])
}
