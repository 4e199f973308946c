import CivilTime

/// One country-year, computed once and cached: its days off and decreed working days
/// (a class, so reading it from the cache is one reference count, not four).
final class CountryYear: Sendable {
    let holidays: [Holiday]
    let weekend: Weekend
    let offDays: Set<Int32>
    let workingDays: Set<Int32>
    let uncertainDays: Set<Int32>

    init(definition: CountryDefinition, subdivision: String?, year: Int) {
        let weekend = definition.weekend(year)
        var builder = YearBuilder(year: year, subdivision: subdivision, weekend: weekend)
        definition.build(&builder)
        var unique = Set<Holiday>()
        holidays = builder.result.filter { unique.insert($0).inserted }.sorted()
        self.weekend = weekend
        offDays = Set(holidays.map(\.date.daysSinceEpoch))
        workingDays = Set(builder.workingDays.filter { $0.year == year }.map(\.daysSinceEpoch))
        var uncertain = Set<Int32>()
        for holiday in holidays where holiday.isEstimated {
            uncertain.formUnion([
                holiday.date.daysSinceEpoch - 1, holiday.date.daysSinceEpoch,
                holiday.date.daysSinceEpoch + 1,
            ])
        }
        uncertainDays = uncertain
    }
}
