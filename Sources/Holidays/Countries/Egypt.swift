import CivilTime

/// Egypt (EG): the official holidays of the Prime Minister's decrees and, since 2020, the
/// Cabinet's rule moving mid-week national holidays to the Thursday.
///
/// Weekend **Friday–Saturday**. Holidays: Coptic Christmas (7 January), 25 January Revolution
/// and Police Day, Sinai Liberation Day (25 April), Sham el-Nessim (the Monday after Coptic
/// Easter), Labour Day, 30 June Revolution Day (since 2014), 23 July Revolution Day, Armed Forces
/// Day (6 October), the Islamic New Year, the Prophet's Birthday, Eid al-Fitr (two days), the Day
/// of Arafah and Eid al-Adha (three days). Since 2020 the national days and the Islamic New Year
/// move from a Sunday–Wednesday to that week's Thursday, except where a year's decree kept them
/// (Sinai Day 2022, 23 July 2023, 30 June and 6 October 2024; Labour Day 2024 went to Sunday
/// 5 May). The civil service
/// also closes on the eve and third day of Eid al-Fitr (since 2019) and the fourth day of Eid
/// al-Adha (since 2018): closures.
///
/// Islamic dates: the decreed table (every day of each Eid), then Umm al-Qura with no shift.
/// Dar al-Ifta decides by calculation (the crescent born before sunset and setting after the
/// Sun at Cairo), which coincides with Umm al-Qura's conjunction-and-moonset rule in nearly every
/// month; the estimates are marked estimated.
enum Egypt {
    static let definition = CountryDefinition(
        code: "EG", name: "Egypt",
        sources: [
            "Cabinet decision of 2020 (national holidays moved to Thursday)",
            EgyptTables.source, decreed.source,
        ],
        weekend: { _ in .fridaySaturday },
        islamic: EgyptTables.islamic,
        decreedThrough: EgyptTables.confirmedThrough,
        build: build)

    /// Days off one-off decrees gave for a holiday on a weekend, or moved elsewhere.
    static let decreed = DecreedDays(
        source: "Prime Minister's decrees of 2022–2024 (reported by Ahram Online)", confirmedThrough: 2024,
        [
            .init("2022-01-06", "Coptic Christmas Day (observed)", .transfer, from: "2022-01-07"),
            .init("2022-05-04", "Eid al-Fitr (observed)", .observed),
            .init("2023-01-08", "Coptic Christmas Day (observed)", .transfer, from: "2023-01-07"),
            .init("2023-04-24", "Eid al-Fitr (observed)", .observed),
            .init("2023-07-02", "June 30 Revolution Day (observed)", .observed),
            .init("2023-07-03", "Eid al-Adha (observed)", .observed),
            .init("2024-05-05", "Labour Day (moved)", .transfer, from: "2024-05-01"),
        ])

    static func build(_ b: inout YearBuilder) {
        let islamic = EgyptTables.islamic
        var moving: [(LocalDate?, String)] = [(b.date(1, 25), "January 25 Revolution and National Police Day")]
        if b.year != 2022 { moving.append((b.date(4, 25), "Sinai Liberation Day")) }
        if b.year != 2024 { moving.append((b.date(5, 1), "Labour Day")) }  // 2024: moved to 5 May by decree
        if b.year >= 2014 && b.year != 2024 { moving.append((b.date(6, 30), "June 30 Revolution Day")) }
        if b.year != 2023 { moving.append((b.date(7, 23), "July 23 Revolution Day")) }
        if b.year != 2024 { moving.append((b.date(10, 6), "Armed Forces Day")) }
        for found in islamic.dates(.islamicNewYear, in: b.year) {
            moving.append((found.date, "Islamic New Year"))
        }
        let kept: [(LocalDate?, String)] = [
            (b.year == 2022 ? b.date(4, 25) : nil, "Sinai Liberation Day"),
            (b.year == 2024 ? b.date(6, 30) : nil, "June 30 Revolution Day"),
            (b.year == 2023 ? b.date(7, 23) : nil, "July 23 Revolution Day"),
            (b.year == 2024 ? b.date(10, 6) : nil, "Armed Forces Day"),
        ]
        let estimatedNewYear = islamic.dates(.islamicNewYear, in: b.year).contains { $0.estimated }
        for case (let date?, let name) in moving {
            let estimated = name == "Islamic New Year" && estimatedNewYear
            let shift = b.year >= 2020 ? date.weekday.days(until: .thursday) : 0
            b.add(shift <= 4 ? date.adding(days: shift) : date, name, estimated: estimated)
        }
        for case (let date?, let name) in kept { b.add(date, name) }
        if b.year != 2022 && b.year != 2023 { b.add(b.date(1, 7), "Coptic Christmas Day") }
        b.add(b.orthodoxEaster(1), "Sham el-Nessim")
        b.add(.mawlid, from: islamic, ["Prophet's Birthday"])
        b.add(everyDayOf: .eidAlFitr, from: islamic, ["Eid al-Fitr"], days: 2)
        b.add(.arafah, from: islamic, ["Day of Arafah"])
        b.add(everyDayOf: .eidAlAdha, from: islamic, ["Eid al-Adha"], days: 3)
        b.add(decreed)
        for found in islamic.dates(.arafah, in: b.year) where b.year >= 2018 {
            b.close([found.date.adding(days: 4)], "Eid al-Adha (fourth day, government)", estimated: found.estimated)
        }
        let fitr = b.holidays.filter { $0.name == "Eid al-Fitr" }
        let fitrDays = Set(fitr.map(\.date))
        for first in fitr where b.year >= 2019 && !fitrDays.contains(where: { $0.adding(days: 1) == first.date }) {
            let days = [first.date.adding(days: -1), first.date.adding(days: 2)]
            b.close(days, "Eid al-Fitr (eve and third day, government)", estimated: first.isEstimated)
        }
    }
}
