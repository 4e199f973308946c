import CivilTime
import Holidays

/// `holiday`: a day of a round on a public holiday, collective leave or decreed day off of a
/// partner country or of the host country.
public struct HolidayRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.holiday
    public let summary = "A round falls on a public holiday, collective leave or decreed day off of a partner or the host."
    public let explanation = """
        A series with `avoid holidays` expects no day of its rounds on a day off of any \
        partner country or of the country of the round's venue: public holidays, substitute \
        (observed) days, collective leave (Indonesia's cuti bersama), days off moved by decree \
        (Russia's transfers) and election days, from the built-in calendars (`holidays \
        builtin`, the default; `subdivision ACT` under a country adds that subdivision's days \
        off). A date that is only estimated (an Eid not yet decreed), or the day next to one, \
        gives a warning that says so, because the decree may move it by a day. `avoid holidays \
        soft` makes every finding a warning. To keep a round on a holiday \
        on purpose, write under it `acknowledge holiday "NAME" because "REASON"`.

        Example:
          dialogue d "D"
            partners ID RU
            avoid holidays
            round 1 on 2027-03-08 at jakarta planned
        reports: round 1 of d (2027-03-08) falls on a day off in ID (Indonesia): 2027-03-08 \
        Day of Silence (public holiday)
        and the same for RU (International Women's Day). Countries with the same days off share \
        one finding: on an ID–JP track, round 1 on 2027-01-01 falls on a day off in ID \
        (Indonesia) and JP (Japan): 2027-01-01 New Year's Day (public holiday).
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let book = context.calendars
        var findings = book.problems
        var unavailableReported = Set<String>()
        for occurrence in context.expansion.occurrences where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
            guard let series = plan.seriesByID[occurrence.seriesID], let rule = series.rules.first(where: { $0.kind == .avoidHolidays })
            else { continue }
            let countries = CalendarBook.parties(of: occurrence, series: series, plan: plan).compactMap { plan.countriesByID[$0] }
            var shared: [(verb: String, days: String, severity: Severity, countries: [Country])] = []
            for country in countries {
                if case .file(let path) = country.holidays {
                    let fed = fedHits(occurrence, country: country.id, book: book)
                    guard !fed.isEmpty else { continue }
                    findings.append(
                        Finding(
                            rule.severity, code: code,
                            message:
                                "round \(occurrence.number) of \(series.id) (\(RoundClock.describe(occurrence))) falls on a day off in \(country.id) (\(country.name)) according to \(path): \(fed.joined(separator: "; "))",
                            at: occurrence.location,
                            notes: [
                                Finding.Note("holidays are avoided here", at: rule.location),
                                Finding.Note("\(country.id)'s holiday feed is declared here", at: country.location),
                            ]))
                    continue
                }
                guard let calendar = book.calendars[country.id] else {
                    if unavailableReported.insert(country.id).inserted, let error = book.unavailable(country.id) {
                        findings.append(
                            Finding(
                                .warning, code: code, message: "holidays of \(country.id) cannot be checked: \(error)",
                                at: country.location, notes: [Finding.Note("holidays are avoided here", at: rule.location)],
                                suggestion: Finding.Suggestion("use the ISO 3166 code of a built-in country, or write 'holidays none'")))
                    }
                    continue
                }
                let (definite, uncertain) = hits(occurrence, calendar: calendar)
                guard !definite.isEmpty || !uncertain.isEmpty else { continue }
                // Countries with the same days off (New Year's Day in ID and JP) share one finding.
                let verb = definite.isEmpty ? "may fall" : "falls"
                let days = (definite.isEmpty ? uncertain : definite).joined(separator: "; ")
                if let index = shared.firstIndex(where: { $0.verb == verb && $0.days == days }) {
                    shared[index].countries.append(country)
                } else {
                    shared.append((verb, days, definite.isEmpty ? .warning : rule.severity, [country]))
                }
            }
            guard !shared.isEmpty else { continue }
            for group in shared {
                let names = Plural.list(group.countries.map { "\($0.id) (\($0.name))" })
                findings.append(
                    Finding(
                        group.severity, code: code,
                        message:
                            "round \(occurrence.number) of \(series.id) (\(RoundClock.describe(occurrence))) \(group.verb) on a day off in \(names): \(group.days)",
                        at: occurrence.location,
                        notes: [Finding.Note("holidays are avoided here", at: rule.location)]
                            + group.countries.map { Finding.Note("\($0.id)'s calendar is declared here", at: $0.location) }))
            }
        }
        return findings
    }

    /// The decreed days off on the round's days, and the estimated ones and their neighbours.
    private func hits(_ occurrence: Occurrence, calendar: CountryCalendar) -> (definite: [String], uncertain: [String]) {
        var definite: [String] = []
        var uncertain: [String] = []
        var day = occurrence.firstDay
        while day <= occurrence.lastDay {
            let holidays = calendar.holidays(on: day)
            for holiday in holidays {
                let text =
                    "\(day) \(holiday.name) (\(HolidayRule.kindName(holiday.kind))\(holiday.isEstimated ? ", estimated: the decree may move it by a day" : ""))"
                if holiday.isEstimated { uncertain.append(text) } else { definite.append(text) }
            }
            if holidays.isEmpty, calendar.isUncertain(day) {
                let neighbours = [day.adding(days: -1), day.adding(days: 1)].compactMap { $0 }.flatMap { near in
                    calendar.holidays(on: near).filter(\.isEstimated)
                }
                let named = neighbours.map { "\($0.name) on \($0.date)" }.joined(separator: " and ")
                uncertain.append(
                    "\(day) is next to \(named.isEmpty ? "an estimated holiday" : named), an estimated date the decree may move onto it")
            }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        return (definite, uncertain)
    }

    /// The feed's days off on the round's days, as `DATE NAME`.
    private func fedHits(_ occurrence: Occurrence, country: String, book: CalendarBook) -> [String] {
        var hits: [String] = []
        var day = occurrence.firstDay
        while day <= occurrence.lastDay {
            hits += book.fed(country, on: day).map { "\(day) \($0)" }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        return hits
    }

    /// `public holiday`, `collective leave`, …
    static func kindName(_ kind: HolidayKind) -> String {
        switch kind {
        case .public: "public holiday"
        case .collectiveLeave: "collective leave"
        case .observed: "observed holiday"
        case .transfer: "day off moved by decree"
        case .election: "election day"
        case .closure: "government closure"
        }
    }
}
