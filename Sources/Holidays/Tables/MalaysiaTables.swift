// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;
// regenerate rather than edit by hand. Source: see `source` below.

/// Decreed and almanac dates for MY that no rule can produce.
enum MalaysiaTables {
    /// Where the dates come from.
    static let source =
        "Holidays Act 1951 and the Prime Minister's Department gazette of federal holidays, as compiled by python-holidays 0.109"

    /// The last year whose dates are officially decreed; later table dates are estimates.
    static let confirmedThrough = 2026

    /// Islamic holidays as decreed (first day of each).
    static let islamic = IslamicDates(
        estimateShift: 1,
        [
            .eidAlFitr: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-07-17",
                    "2016-07-06",
                    "2017-06-25",
                    "2018-06-15",
                    "2019-06-05",
                    "2020-05-24",
                    "2021-05-13",
                    "2022-05-02",
                    "2023-04-22",
                    "2024-04-10",
                    "2025-03-31",
                    "2026-03-21",
                    "2027-03-10",
                ]),
            .eidAlAdha: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-09-24",
                    "2016-09-12",
                    "2017-09-01",
                    "2018-08-22",
                    "2019-08-11",
                    "2020-07-31",
                    "2021-07-20",
                    "2022-07-10",
                    "2023-06-29",
                    "2024-06-17",
                    "2025-06-07",
                    "2026-05-27",
                    "2027-05-17",
                ]),
            .islamicNewYear: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-10-14",
                    "2016-10-02",
                    "2017-09-22",
                    "2018-09-11",
                    "2019-09-01",
                    "2020-08-20",
                    "2021-08-10",
                    "2022-07-30",
                    "2023-07-19",
                    "2024-07-07",
                    "2025-06-27",
                    "2026-06-17",
                    "2027-06-06",
                ]),
            .mawlid: DateTable(
                source: source, confirmedThrough: 2027,
                [
                    "2015-01-03", "2015-12-24",
                    "2016-12-12",
                    "2017-12-01",
                    "2018-11-20",
                    "2019-11-09",
                    "2020-10-29",
                    "2021-10-19",
                    "2022-10-10",
                    "2023-09-28",
                    "2024-09-16",
                    "2025-09-05",
                    "2026-08-25",
                    "2027-08-15",
                ]),
        ])

    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective
    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.
    static let decreed = DecreedDays(
        source: source, confirmedThrough: confirmedThrough,
        [
            .init("2015-05-03", "Vesak Day", .public),
            .init("2015-06-06", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2016-05-21", "Vesak Day", .public),
            .init("2016-06-04", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2017-04-24", "Day of Installation of the 15th Yang di-Pertuan Agong", .public),
            .init("2017-05-10", "Vesak Day", .public),
            .init("2017-09-04", "Additional holiday in commemoration of the 2017 SEA Games", .public),
            .init("2017-09-09", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2018-05-09", "General election additional holiday", .election),
            .init("2018-05-29", "Vesak Day", .public),
            .init("2018-09-09", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2019-05-19", "Vesak Day", .public),
            .init("2019-07-30", "Day of Installation of the 16th Yang di-Pertuan Agong", .public),
            .init("2019-09-09", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2020-05-07", "Vesak Day", .public),
            .init("2020-06-08", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2021-05-26", "Vesak Day", .public),
            .init("2021-06-07", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2022-05-15", "Vesak Day", .public),
            .init("2022-06-06", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2022-11-18", "General election additional holiday", .election),
            .init("2022-11-19", "General election additional holiday", .election),
            .init("2022-11-28", "Additional holiday", .public),
            .init("2023-04-21", "Eid al-Fitr (additional holiday)", .public),
            .init("2023-05-04", "Vesak Day", .public),
            .init("2023-06-05", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2024-05-22", "Vesak Day", .public),
            .init("2024-06-03", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2025-05-12", "Vesak Day", .public),
            .init("2025-06-02", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2025-09-15", "Additional holiday", .public),
            .init("2026-03-20", "Eid al-Fitr (additional holiday)", .public),
            .init("2026-05-31", "Vesak Day", .public),
            .init("2026-06-01", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2027-05-20", "Vesak Day", .public),
            .init("2027-06-07", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2028-05-09", "Vesak Day", .public),
            .init("2028-06-05", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2029-05-27", "Vesak Day", .public),
            .init("2029-06-04", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2030-05-16", "Vesak Day", .public),
            .init("2030-06-03", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2031-05-06", "Vesak Day", .public),
            .init("2031-06-02", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2032-05-23", "Vesak Day", .public),
            .init("2032-06-07", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2033-05-13", "Vesak Day", .public),
            .init("2033-06-06", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2034-05-03", "Vesak Day", .public),
            .init("2034-06-05", "Birthday of HM Yang di-Pertuan Agong", .public),
            .init("2035-05-22", "Vesak Day", .public),
            .init("2035-06-04", "Birthday of HM Yang di-Pertuan Agong", .public),
        ])
}
