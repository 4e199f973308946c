import CivilTime

/// Russia (RU): Labour Code art. 112 and the yearly government resolution on transferring
/// days off.
///
/// Weekend Saturday–Sunday. Holidays: 1–6 and 8 January (New Year holidays), 7 January
/// (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. A holiday on a
/// weekend moves to the next working day (art. 112), except the January holidays, two of whose
/// weekend days the government moves by resolution to other dates, and any holiday the year's
/// resolution moves itself. The resolutions (``RussiaTables``) also make some Saturdays working
/// days, e.g. 2025: Saturday 2025-11-01 is worked and Monday 2025-11-03 is off. Beyond the last
/// resolution: art. 112's default, and 31 December as the likely home of a January weekend day.
enum Russia {
    static let definition = CountryDefinition(
        code: "RU", name: "Russia",
        sources: ["Labour Code of the Russian Federation, art. 112", RussiaTables.source],
        decreedThrough: RussiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) { build(&b, resolutions: b.year <= RussiaTables.confirmedThrough) }

    /// The year's days off, with the government's resolution when `resolutions` (its decreed
    /// years), else estimated: art. 112's default for every weekend holiday but January's, and
    /// 31 December off when it is a weekday, where every resolution since 2021 moved one of the
    /// January weekend days (2021, 2024–2027; the other went to a bridge day no rule predicts).
    static func build(_ b: inout YearBuilder, resolutions: Bool) {
        for day in [1, 2, 3, 4, 5, 6, 8] { b.add(b.date(1, day), "New Year Holidays") }
        b.add(b.date(1, 7), "Christmas Day")
        b.add(b.date(2, 23), "Defender of the Fatherland Day")
        b.add(b.date(3, 8), "International Women's Day")
        b.add(b.date(5, 1), "Holiday of Spring and Labor")
        b.add(b.date(5, 9), "Victory Day")
        b.add(b.date(6, 12), "Russia Day")
        b.add(b.date(11, 4), "Unity Day")
        let decreed = resolutions ? RussiaTables.decreed.entries(in: b.year, subdivision: nil) : []
        let movedByDecree = Set(decreed.compactMap(\.from))
        if resolutions {
            b.addWorkingDays(RussiaTables.workingDays)
            b.add(RussiaTables.decreed)
        }
        b.substitute(
            on: [.saturday, .sunday],
            where: { holiday in
                holiday.kind == .public && holiday.date.month != 1 && !movedByDecree.contains(holiday.date)
            })
        guard !resolutions else { return }
        // Beyond the last resolution a future one may move these days elsewhere.
        b.markEstimated(where: { $0.kind == .observed })
        if let eve = b.date(12, 31), !b.isOff(eve) {
            b.add(eve, "Day off (transferred from a January weekend day)", .transfer, estimated: true)
        }
    }
}
