import CivilTime

/// An observance as a country keeps it, with that country's dates: the words of a plan's
/// `keeps` line and the entries of ``ObservanceTable``.
///
/// `avoid observance ramadan` concerns the countries that keep ``ramadan``; `avoid observance
/// lent` those that keep ``lent`` (Western dates) or ``greatLent`` (Orthodox dates).
public enum KeptObservance: String, CaseIterable, Comparable, Hashable, Sendable {
    /// Ramadan: 1 Ramadan through the day before the country's Eid al-Fitr.
    case ramadan
    /// Western Lent: Ash Wednesday through Holy Saturday (46 days before Western Easter).
    case lent
    /// Great Lent: Clean Monday through Holy Saturday (48 days before Orthodox Easter).
    case greatLent = "great-lent"

    /// The observance a series avoids to avoid this one (`lent` for both Lents).
    public var observance: Observance {
        switch self {
        case .ramadan: .ramadan
        case .lent, .greatLent: .lent
        }
    }

    /// The kept observance for a plan word (`ramadan`, `lent`, `great-lent`), or `nil`.
    public init?(word: String) { self.init(rawValue: word.lowercased()) }

    /// Orders as declared: Ramadan, Lent, Great Lent.
    public static func < (lhs: KeptObservance, rhs: KeptObservance) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The periods that start in `year` for a country without a built-in calendar: Ramadan
    /// from estimated Umm al-Qura dates, Lent from Easter (which needs no estimate).
    ///
    /// - Complexity: computed on first use of an observance and year, then a cached read.
    public func periods(in year: Int) -> [ObservancePeriod] {
        PeriodCache.periods(rawValue, in: year) { periods(in: year, islamic: IslamicDates(estimateShift: 0)) }
    }

    /// The periods that start in `year`, Ramadan from `islamic` (the country's decreed Eid,
    /// else estimates).
    func periods(in year: Int, islamic: IslamicDates) -> [ObservancePeriod] {
        switch self {
        case .ramadan:
            var periods: [ObservancePeriod] = []
            for start in islamic.dates(.ramadanStart, in: year) {
                // The Eid that ends this Ramadan: the first one 28–31 days after its start.
                let eids = islamic.dates(.eidAlFitr, in: year) + islamic.dates(.eidAlFitr, in: year + 1)
                guard let eid = eids.first(where: { (28...31).contains(start.date.days(until: $0.date)) }),
                    let end = eid.date.adding(days: -1)
                else { continue }
                periods.append(ObservancePeriod(name: "Ramadan", start: start.date, end: end, isEstimated: true))
            }
            return periods
        case .lent, .greatLent:
            let orthodox = self == .greatLent
            guard let easter = orthodox ? Easter.orthodox(year) : Easter.western(year),
                let start = easter.adding(days: orthodox ? -48 : -46), let end = easter.adding(days: -1)
            else { return [] }
            return [ObservancePeriod(name: orthodox ? "Great Lent" : "Lent", start: start, end: end, isEstimated: false)]
        }
    }
}
