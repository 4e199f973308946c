import CivilTime

/// Values gathered in any order and given back in the order rounds are listed everywhere: by
/// first day, then the series' place in the plan, then round number; ties keep the order added.
///
/// Only small integer keys are sorted; the values (occurrences, listing entries) are large, so
/// the sort never moves them. Comparing series ids as strings made sorting the largest cost.
struct RoundOrder<Value> {
    private var values: [Value] = []
    private var keys: [(day: Int32, series: Int, number: Int, position: Int)] = []

    /// Makes room for `count` values in all, so that adding them never moves the values gathered.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        keys.reserveCapacity(count)
    }

    /// Adds `value`, the round `number` of the plan's series at index `series`, first held on `day`.
    mutating func append(_ value: Value, day: LocalDate, series: Int, number: Int) {
        keys.append((day.daysSinceEpoch, series, number, values.count))
        values.append(value)
    }

    /// The values in round order.
    ///
    /// - Complexity: O(*n* log *n*) comparisons of integer keys.
    func sorted() -> [Value] {
        keys.sorted { $0 < $1 }.map { values[$0.position] }
    }
}
