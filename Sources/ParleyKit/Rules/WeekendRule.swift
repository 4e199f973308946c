import CivilTime

/// `weekend`: a day of a round on the weekend of a partner country or of the host country.
public struct WeekendRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.weekend
    public let summary = "A round falls on the weekend of a partner or the host."
    public let explanation = """
        A series with `avoid weekends` expects no day of its rounds on a weekend day of any \
        partner country or of the country of the round's venue. Each country's weekend is its \
        `weekend` line (Saturday and Sunday unless it says otherwise, e.g. `weekend fri sat`), \
        and a weekend day its government has decreed a working day (Russia's working \
        Saturdays, from the built-in calendar) counts as a working day. `avoid weekends soft` \
        makes findings warnings. Each round gets one finding naming every weekend day and \
        every country it is a weekend day of. The suggestion is the nearest start date on \
        either side, within a year, that clears every calendar rule of the series.

        Example:
          country SA "Saudi Arabia"
            timezone Asia/Riyadh
            weekend fri sat
          dialogue d "D"
            partners ID SA
            avoid weekends
            round 1 on 2026-10-09 at jakarta planned
        reports: round 1 of d (2026-10-09): Friday 2026-10-09 is a weekend day in SA
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let book = context.calendars
        var findings: [Finding] = []
        for occurrence in context.expansion.occurrences where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
            guard let series = plan.seriesByID[occurrence.seriesID], let rule = series.rules.first(where: { $0.kind == .avoidWeekends })
            else { continue }
            let countries = CalendarBook.parties(of: occurrence, series: series, plan: plan).compactMap { plan.countriesByID[$0] }
            // One finding per round: each weekend day with every country it is a weekend day of.
            var days: [(day: LocalDate, countries: [Country])] = []
            var day = occurrence.firstDay
            while day <= occurrence.lastDay {
                let resting = countries.filter { book.isWeekend(day, of: $0) }
                if !resting.isEmpty { days.append((day, resting)) }
                guard let next = day.adding(days: 1) else { break }
                day = next
            }
            guard !days.isEmpty else { continue }
            let clean = context.suggests ? book.nearestClean(occurrence, series: series, countries: countries) : NearestClean.none
            var resting: [Country] = []
            for entry in days { for country in entry.countries where !resting.contains(country) { resting.append(country) } }
            findings.append(
                Finding(
                    rule.severity, code: code,
                    message: "round \(occurrence.number) of \(series.id) (\(RoundClock.describe(occurrence))): \(Self.describe(days))",
                    at: occurrence.location,
                    notes: [Finding.Note("weekends are avoided here", at: rule.location)]
                        + resting.map { Finding.Note("\($0.id)'s weekend is declared here", at: $0.location) },
                    suggestion: clean.suggestion(round: occurrence.number, from: occurrence.firstDay, clearOf: "the series' calendar rules")
                ))
        }
        return findings
    }

    /// `Saturday 2026-10-17 is a weekend day in ID, JP and AU`; days with the same countries
    /// are named together (`Saturday 2026-10-17 and Sunday 2026-10-18 are weekend days in ID`),
    /// groups in order of their first day, separated by `; `.
    static func describe(_ days: [(day: LocalDate, countries: [Country])]) -> String {
        var groups: [(days: [LocalDate], countries: [String])] = []
        for entry in days {
            let ids = entry.countries.map(\.id)
            if let index = groups.firstIndex(where: { $0.countries == ids }) {
                groups[index].days.append(entry.day)
            } else {
                groups.append(([entry.day], ids))
            }
        }
        return groups.map { group in
            let named = group.days.map { day in
                let weekday = day.weekday.fullName
                return "\(weekday.prefix(1).uppercased() + weekday.dropFirst()) \(day)"
            }
            let verb = group.days.count == 1 ? "is a weekend day" : "are weekend days"
            return "\(Plural.list(named)) \(verb) in \(Plural.list(group.countries))"
        }.joined(separator: "; ")
    }
}
