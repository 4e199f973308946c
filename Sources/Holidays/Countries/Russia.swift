import CivilTime

/// Russia (RU): Labour Code art. 112 and the yearly government resolution on transferring
/// days off.
///
/// Weekend Saturday–Sunday. Holidays: 1–6 and 8 January (New Year holidays), 7 January
/// (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. A holiday on a
/// weekend moves to the next working day (art. 112), except the January holidays, two of whose
/// weekend days the government moves by resolution to other dates, and any holiday the year's
/// resolution moves itself. The resolutions (``RussiaTables``) also make some Saturdays working
/// days, e.g. 2025: Saturday 2025-11-01 is worked and Monday 2025-11-03 is off.
enum Russia {
    static let definition = CountryDefinition(
        code: "RU", name: "Russia",
        sources: ["Labour Code of the Russian Federation, art. 112", RussiaTables.source],
        decreedThrough: RussiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        for day in [1, 2, 3, 4, 5, 6, 8] { b.add(b.date(1, day), "New Year Holidays") }
        b.add(b.date(1, 7), "Christmas Day")
        b.add(b.date(2, 23), "Defender of the Fatherland Day")
        b.add(b.date(3, 8), "International Women's Day")
        b.add(b.date(5, 1), "Holiday of Spring and Labor")
        b.add(b.date(5, 9), "Victory Day")
        b.add(b.date(6, 12), "Russia Day")
        b.add(b.date(11, 4), "Unity Day")
        let decreed = RussiaTables.decreed.entries(in: b.year, subdivision: nil)
        let movedByDecree = Set(decreed.compactMap(\.from))
        b.addWorkingDays(RussiaTables.workingDays)
        b.add(RussiaTables.decreed)
        b.substitute(
            on: [.saturday, .sunday],
            where: { holiday in
                holiday.kind == .public && holiday.date.month != 1 && !movedByDecree.contains(holiday.date)
            })
        // Beyond the last resolution a future one may move these days elsewhere.
        if b.year > RussiaTables.confirmedThrough { b.markEstimated(where: { $0.kind == .observed }) }
    }
}
