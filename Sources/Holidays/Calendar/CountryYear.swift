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
        holidays = Self.distinct(builder.result.sorted())
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

    /// `sorted` without repeats. Equal holidays share a date and a name, so they fall in one
    /// run of the (stable) sort, which keeps the first of each, in the builder's order.
    private static func distinct(_ sorted: [Holiday]) -> [Holiday] {
        var result: [Holiday] = []
        result.reserveCapacity(sorted.count)
        var run = 0
        for holiday in sorted {
            if let last = result.last, last.date != holiday.date || last.name != holiday.name { run = result.count }
            if !result[run...].contains(holiday) { result.append(holiday) }
        }
        return result
    }
}
