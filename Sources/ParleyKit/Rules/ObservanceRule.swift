import CivilTime
import Holidays

/// `observance`: a round inside an observance a series avoids (`avoid observance ramadan`), as
/// the partners and the host that keep it keep it.
public struct ObservanceRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.observance
    public let summary = "A round falls inside an observance the series avoids, as a partner or the host keeps it."
    public let explanation = """
        `avoid observance NAME` (or `avoid NAME`) on a series expects no day of its rounds \
        inside that observance as a partner country or the host country keeps it. `ramadan`: \
        1 Ramadan to the day before the country's Eid al-Fitr (its start is always an \
        estimate), in the countries that keep Ramadan. `lent`: Western Lent (Ash Wednesday to \
        Holy Saturday) or Great Lent (Clean Monday to Holy Saturday before Orthodox Easter), in \
        the countries that keep it. Built in, a country keeps Ramadan where Eid al-Fitr is a \
        public holiday (AE, ID, IN, MY, PH, SA, SG) and Great Lent where Orthodox Christmas is \
        (RU); `keeps ramadan`, `keeps lent` or `keeps great-lent` under a country adds one. \
        `un-observances` (Eid al-Fitr, Eid al-Adha, Orthodox Good Friday, Yom Kippur and \
        Vesak, the days the UN calendar of conferences keeps free) applies to every round. An \
        avoided observance that no partner or host of the series keeps is a warning at the \
        `avoid` line, since it checks nothing. Add `soft` to make findings warnings.

        Example:
          dialogue d "D"
            partners ID RU
            avoid observance ramadan soft
            round 1 on 2026-03-02 at jakarta planned
        reports: round 1 of d (2026-03-02) falls in Ramadan 2026-02-19..2026-03-20 \
        (estimated) as kept in ID
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        var findings: [Finding] = []
        for series in plan.series {
            for rule in series.rules {
                guard case .avoidObservance(let word) = rule.kind, let observance = Observance(word: word) else { continue }
                if observance != .unObservances, let unkept = unkept(observance, series: series, rule: rule, plan: plan) {
                    findings.append(unkept)
                    continue
                }
                for occurrence in context.expansion.occurrences(of: series.id)
                where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
                    findings += check(occurrence, series: series, observance: observance, rule: rule, context: context)
                }
            }
        }
        return findings
    }

    /// A warning at `avoid observance NAME` when no partner and no host country (of its
    /// recorded rounds and its hosting line) keeps it, or `nil`.
    private func unkept(_ observance: Observance, series: Series, rule: RuleSpec, plan: Plan) -> Finding? {
        var venues = series.rounds.filter { !$0.isVirtual }.compactMap(\.venue)
        switch series.hosting?.mode {
        case .alternate(let list): venues += list
        case .fixed(let venue): venues.append(venue)
        case .virtual, .rotate, nil: break
        }
        var parties = series.partners.map(\.id)
        for venue in venues {
            if let host = plan.venuesByID[venue.id]?.country.id, !parties.contains(host) { parties.append(host) }
        }
        let countries = parties.compactMap { plan.countriesByID[$0] }
        guard countries.count == parties.count,
            !countries.contains(where: { CalendarBook.kept(by: $0).contains { $0.observance == observance } })
        else { return nil }
        let keepers = ObservanceTable.kept.keys.sorted().filter { code in
            ObservanceTable.kept(by: code).contains { $0.observance == observance }
        }
        let words = KeptObservance.allCases.filter { $0.observance == observance }.map { "'keeps \($0.rawValue)'" }
        return Finding(
            .warning, code: code,
            message:
                "\(series.id) avoids \(observance.rawValue), but no partner or host keeps it (\(Plural.list(parties)) do not; built in, \(Plural.list(keepers)) do), so this line checks nothing",
            at: rule.location,
            suggestion: Finding.Suggestion(
                "add \(words.joined(separator: " or ")) under a country that keeps it, or remove this line"))
    }

    private func check(_ occurrence: Occurrence, series: Series, observance: Observance, rule: RuleSpec, context: RuleContext)
        -> [Finding]
    {
        let plan = context.plan
        let book = context.calendars
        let countries = CalendarBook.parties(of: occurrence, series: series, plan: plan).compactMap { plan.countriesByID[$0] }
        let years = (occurrence.firstDay.year - 1)...occurrence.lastDay.year
        func touches(_ period: ObservancePeriod) -> Bool { period.start <= occurrence.lastDay && period.end >= occurrence.firstDay }
        // One finding per round, naming each period and the countries that keep it.
        var keptBy: [ObservancePeriod: [Country]] = [:]
        var keepers: [Country] = []
        if observance == .unObservances {
            for year in years { for period in Observance.unitedNationsDays(in: year) where touches(period) { keptBy[period] = [] } }
        } else {
            for country in countries {
                for year in years {
                    for period in book.periods(observance, keptBy: country, in: year) where touches(period) {
                        if !(keptBy[period]?.contains(country) ?? false) { keptBy[period, default: []].append(country) }
                        if !keepers.contains(country) { keepers.append(country) }
                    }
                }
            }
        }
        guard !keptBy.isEmpty else { return [] }
        let described = keptBy.keys.sorted().map { period in
            let span = period.start == period.end ? "\(period.start)" : "\(period.start)..\(period.end)"
            let keptIn = keptBy[period].map {
                $0.isEmpty ? " on the UN calendar of conferences" : " as kept in \(Plural.list($0.map(\.id)))"
            }
            return "\(period.name) \(span)\(period.isEstimated ? " (estimated)" : "")\(keptIn ?? "")"
        }
        return [
            Finding(
                rule.severity, code: code,
                message:
                    "round \(occurrence.number) of \(series.id) (\(RoundClock.describe(occurrence))) falls in \(described.joined(separator: "; "))",
                at: occurrence.location,
                notes: [Finding.Note("\(observance.rawValue) is avoided here", at: rule.location)]
                    + keepers.map { Finding.Note("\($0.id)'s calendar is declared here", at: $0.location) })
        ]
    }
}
