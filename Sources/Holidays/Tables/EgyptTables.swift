// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for EG that no rule can produce.
enum EgyptTables {
    /// Where the dates come from.
    static let source =
        "Prime Minister's decrees on official holidays (yearly) and Dar al-Ifta announcements, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2025

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 0,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2026,
                [
                    "2020-05-24", "2020-05-25",
                    "2021-05-13", "2021-05-14",
                    "2022-05-01", "2022-05-02",
                    "2023-04-21", "2023-04-22",
                    "2024-04-10", "2024-04-11",
                    "2025-03-30", "2025-03-31",
                    "2026-03-20", "2026-03-21",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2020-07-31", "2020-08-01", "2020-08-02",
                    "2021-07-17", "2021-07-18", "2021-07-20", "2021-07-21", "2021-07-22",
                    "2022-07-10", "2022-07-11", "2022-07-12", "2022-07-13", "2022-07-14",
                    "2023-06-28", "2023-06-29", "2023-06-30",
                    "2024-06-16", "2024-06-17", "2024-06-18",
                    "2025-06-06", "2025-06-07", "2025-06-08",
                ]),
            .mawlid: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2020-10-29",
                    "2021-10-18",
                    "2022-10-08",
                    "2023-09-28",
                    "2024-09-15",
                    "2025-09-04",
                ]),
            .arafah: DateTable(
                source: source, confirmedThrough: 2025,
                [
                    "2020-07-30",
                    "2021-07-19",
                    "2022-07-09",
                    "2023-06-27",
                    "2024-06-15",
                    "2025-06-05",
                ]),
        ])
}
