import CivilTime
import Holidays

/// `observance`: a round inside an observance a series avoids (`avoid observance ramadan`).
public struct ObservanceRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.observance
    public let summary = "A round falls inside an observance the series avoids (Ramadan, Lent, UN observances)."
    public let explanation = """
        `avoid observance NAME` (or `avoid NAME`) on a series expects no day of its rounds \
        inside that observance as any partner country or the host country keeps it: `ramadan` \
        (1 Ramadan to the day before the country's Eid al-Fitr; its start is always an \
        estimate), `lent` (Western Lent, or Great Lent in Russia), `un-observances` (Eid \
        al-Fitr, Eid al-Adha, Orthodox Good Friday, Yom Kippur and Vesak, the days the UN \
        calendar of conferences keeps free). Countries need built-in calendars. Add `soft` to \
        make findings warnings.

        Example:
          dialogue d "D"
            partners ID RU
            avoid observance ramadan soft
            round 1 on 2026-03-02 at jakarta planned
        reports: round 1 of d (2026-03-02) falls in Ramadan 2026-02-18..2026-03-19 (estimated) \
        as kept in RU; Ramadan 2026-02-19..2026-03-20 (estimated) as kept in ID
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let book = context.calendars
        var findings: [Finding] = []
        for series in plan.series {
            for rule in series.rules {
                guard case .avoidObservance(let word) = rule.kind else { continue }
                guard let observance = Observance(word: word) else {
                    let names = Observance.allCases.map(\.rawValue)
                    let hint = Spelling.closest(to: word, among: names, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
                    findings.append(
                        Finding(
                            .error, code: code, message: "unknown observance '\(word)' (known: \(names.joined(separator: ", ")))\(hint)",
                            at: rule.location))
                    continue
                }
                for occurrence in context.expansion.occurrences(of: series.id)
                where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
                    findings += check(occurrence, series: series, observance: observance, rule: rule, plan: plan, book: book)
                }
            }
        }
        return findings
    }

    private func check(
        _ occurrence: Occurrence, series: Series, observance: Observance, rule: RuleSpec, plan: Plan, book: CalendarBook
    ) -> [Finding] {
        let countries = CalendarBook.parties(of: occurrence, series: series, plan: plan).compactMap { plan.countriesByID[$0] }
        // One finding per round, naming each period and the countries that keep it.
        var keptBy: [ObservancePeriod: [Country]] = [:]
        for country in countries {
            guard let calendar = book.calendars[country.id] else { continue }
            for year in (occurrence.firstDay.year - 1)...occurrence.lastDay.year {
                for period in calendar.periods(observance, in: year)
                where period.start <= occurrence.lastDay && period.end >= occurrence.firstDay {
                    if !(keptBy[period]?.contains(country) ?? false) { keptBy[period, default: []].append(country) }
                }
            }
        }
        guard !keptBy.isEmpty else { return [] }
        let periods = keptBy.keys.sorted()
        let described = periods.map { period in
            let span = period.start == period.end ? "\(period.start)" : "\(period.start)..\(period.end)"
            return
                "\(period.name) \(span)\(period.isEstimated ? " (estimated)" : "") as kept in \((keptBy[period] ?? []).map(\.id).joined(separator: ", "))"
        }
        var keepers: [Country] = []
        for period in periods { for country in keptBy[period] ?? [] where !keepers.contains(country) { keepers.append(country) } }
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
