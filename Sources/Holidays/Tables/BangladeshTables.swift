// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for BD that no rule can produce.
enum BangladeshTables {
    /// Where the dates come from.
    static let source =
        "Ministry of Public Administration notifications of public holidays (yearly) and the National Moon Sighting Committee, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2025

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 1,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-05-03", "2022-05-04", "2022-05-05",
                    "2023-04-22", "2023-04-23", "2023-04-24",
                    "2024-04-10", "2024-04-11", "2024-04-12",
                    "2025-03-31", "2025-04-01", "2025-04-02",
                    "2026-03-21", "2026-03-22", "2026-03-23",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-07-10", "2022-07-11", "2022-07-12",
                    "2023-06-29", "2023-06-30", "2023-07-01",
                    "2024-06-17", "2024-06-18", "2024-06-19",
                    "2025-06-07", "2025-06-08", "2025-06-09",
                    "2026-05-28", "2026-05-29", "2026-05-30",
                ]),
            .mawlid: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-10-09",
                    "2023-09-28",
                    "2024-09-16",
                    "2025-09-06",
                    "2026-08-26",
                ]),
            .ashura: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-08-09",
                    "2023-07-29",
                    "2024-07-17",
                    "2025-07-06",
                    "2026-06-26",
                ]),
            .midShaban: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-03-19",
                    "2023-03-08",
                    "2024-02-26",
                    "2025-02-15",
                    "2026-02-04",
                ]),
            .laylatAlQadr: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2022-04-29",
                    "2023-04-19",
                    "2024-04-07",
                    "2025-03-28",
                    "2026-03-17",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2024-01-07", "General Election Day", .election),
            .init("2024-08-05", "Public Holiday", .public),
            .init("2024-08-06", "Public Holiday", .public),
            .init("2024-08-07", "Public Holiday", .public),
        ])
}
