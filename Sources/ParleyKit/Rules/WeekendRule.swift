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
        makes findings warnings.

        Example:
          country SA "Saudi Arabia"
            timezone Asia/Riyadh
            weekend fri sat
          dialogue d "D"
            partners ID SA
            avoid weekends
            round 1 on 2026-10-09 at jakarta planned
        reports: round 1 of d (2026-10-09) falls on the weekend of SA (Saudi Arabia): 2026-10-09 (Friday)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let plan = context.plan
        let book = context.calendars
        var findings: [Finding] = []
        for occurrence in context.expansion.occurrences where !occurrence.isImplied && context.window.contains(occurrence.firstDay) {
            guard let series = plan.seriesByID[occurrence.seriesID], let rule = series.rules.first(where: { $0.kind == .avoidWeekends })
            else { continue }
            let countries = CalendarBook.parties(of: occurrence, series: series, plan: plan).compactMap { plan.countriesByID[$0] }
            for country in countries {
                var days: [String] = []
                var day = occurrence.firstDay
                while day <= occurrence.lastDay {
                    if book.isWeekend(day, of: country) {
                        days.append("\(day) (\(day.weekday.fullName.prefix(1).uppercased() + day.weekday.fullName.dropFirst()))")
                    }
                    guard let next = day.adding(days: 1) else { break }
                    day = next
                }
                guard !days.isEmpty else { continue }
                findings.append(
                    Finding(
                        rule.severity, code: code,
                        message:
                            "round \(occurrence.number) of \(series.id) (\(RoundClock.describe(occurrence))) falls on the weekend of \(country.id) (\(country.name)): \(days.joined(separator: ", "))",
                        at: occurrence.location,
                        notes: [
                            Finding.Note("weekends are avoided here", at: rule.location),
                            Finding.Note("\(country.id)'s weekend is declared here", at: country.location),
                        ]))
            }
        }
        return findings
    }
}
