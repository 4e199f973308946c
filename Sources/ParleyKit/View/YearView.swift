import CivilTime

/// A plan's rounds over a window as a wall calendar: one row per series (or country, or
/// person), days off and observances of the row's countries under bars for every round
/// (recorded by status, implied by the cadence) and every owed round not yet recorded, each
/// with its findings. What `parley view` renders as HTML (``html``) or SVG (``svg``).
///
/// A large plan stays light: at most ``rowLimit`` rows are drawn; the rest are counted in
/// ``omitted`` (the page says how to narrow it), and weekends cost no markup per day.
///
/// ```swift
/// let listing = RoundListing(plan: plan, expansion: result.expansion, findings: result.findings, window: window)
/// let view = YearView(plan: plan, listing: listing, calendars: CalendarBook(plan: plan), today: today, files: ["Plans"])
/// let page = view.html
/// ```
public struct YearView: Sendable {
    /// The most rows a view draws; the rest are summarised.
    public static let rowLimit = 300

    /// What a view leaves out past ``rowLimit``.
    public struct Omission: Hashable, Sendable {
        /// Rows not drawn.
        public let rows: Int
        /// Bars on them.
        public let bars: Int
        /// Findings on them.
        public let findings: Int
    }

    /// The days shown.
    public let window: DateWindow
    /// The day of the today line, the due/overdue split and the page's date.
    public let today: LocalDate
    /// What the rows stand for.
    public let grouping: ViewGrouping
    /// The plan paths the view was made from, as given.
    public let files: [String]
    /// The rows drawn, in plan order.
    public let rows: [ViewRow]
    /// What is left out, when the plan has more than ``rowLimit`` rows.
    public let omitted: Omission?
    /// The venues of the drawn rounds, in plan order (their time zones are listed).
    public let venues: [Venue]
    /// The agenda topics of the listed series (plan order, then topic order): the rounds that
    /// covered each and whether it is due or overdue at the series' next round. Only the first
    /// ``rowLimit`` series with topics are listed, so a large plan's page stays light.
    public let coverage: [TopicCoverage]
    /// The series with topics past the first ``rowLimit``, whose coverage is not listed.
    public let coverageOmitted: Int

    /// The view of `listing` (``RoundListing``: rounds with their findings and what falls
    /// due) over its window, with the days of `calendars` and the obligations of `plan`.
    public init(
        plan: Plan, listing: RoundListing, calendars: CalendarBook, today: LocalDate, grouping: ViewGrouping = .series,
        files: [String]
    ) {
        let window = listing.window
        self.window = window
        self.today = today
        self.grouping = grouping
        self.files = files
        var bySeries: [String: [ViewBar]] = [:]
        var hosts: [String: [String]] = [:]
        var venueIDs = Set<String>()
        var coverage: [TopicCoverage] = []
        var topicsDue: [String: String] = [:]
        let withTopics = listing.series.map(\.series).filter { !$0.topics.isEmpty }
        for series in withTopics.prefix(Self.rowLimit) {
            let topics = TopicCoverage.of(series, meetings: series.meetings(asOf: today))
            coverage += topics
            let due = topics.filter { $0.state != .covered }.map { "\($0.topic.id) (\($0.state.rawValue))" }
            if !due.isEmpty { topicsDue[series.id] = "topics due: " + due.joined(separator: ", ") }
        }
        for entry in listing.entries {
            var agenda = entry.covers.isEmpty ? [] : ["covers " + entry.covers.joined(separator: ", ")]
            // The series' next round is its first implied one: it is where the topics due can be covered.
            if entry.isImplied, let due = topicsDue.removeValue(forKey: entry.series.id) { agenda.append(due) }
            bySeries[entry.series.id, default: []].append(Self.bar(entry, agenda: agenda))
            if let host = entry.host, !(hosts[entry.series.id]?.contains(host) ?? false) {
                hosts[entry.series.id, default: []].append(host)
            }
            if let venue = entry.venue { venueIDs.insert(venue.id) }
        }
        for (series, _) in listing.series {
            for obligation in series.obligations(in: plan) where !obligation.isMet && window.overlaps(obligation.opens, obligation.due.date)
            {
                bySeries[series.id, default: []].append(Self.bar(obligation, today: today))
            }
        }
        for id in bySeries.keys { bySeries[id]?.sort { ($0.first, $0.id) < ($1.first, $1.id) } }
        var marker = DayMarker(plan: plan, calendars: calendars, window: window)
        var rows: [ViewRow] = []
        func row(id: String, heading: String, detail: String, countries: [String], bars: [ViewBar], findings: [Finding]) {
            rows.append(
                ViewRow(
                    id: id, heading: heading, detail: detail, countries: countries, weekend: marker.weekend(of: countries),
                    marks: marker.marks(of: countries), bars: bars, findings: findings))
        }
        func merged(_ series: [Series]) -> [ViewBar] {
            series.flatMap { bySeries[$0.id] ?? [] }.sorted { ($0.first, $0.id) < ($1.first, $1.id) }
        }
        var omission = (rows: 0, bars: 0, findings: 0)
        func omit(bars: [ViewBar], findings: Int) {
            omission.rows += 1
            omission.bars += bars.count
            omission.findings += findings + bars.reduce(0) { $0 + $1.findings.count }
        }
        switch grouping {
        case .series:
            for (series, findings) in listing.series {
                let bars = bySeries[series.id] ?? []
                guard rows.count < Self.rowLimit else {
                    omit(bars: bars, findings: findings.count)
                    continue
                }
                var countries = series.partners.map(\.id)
                countries += (hosts[series.id] ?? []).filter { !countries.contains($0) }
                row(
                    id: "s-" + Markup.anchor(series.id), heading: series.title,
                    detail: "\(series.id) · \(series.kind.rawValue) · \(countries.joined(separator: "–"))", countries: countries,
                    bars: bars,
                    findings: findings)
            }
        case .country:
            let listed = listing.series.map(\.series)
            for country in plan.countries {
                let involved = listed.filter { series in
                    series.partners.contains { $0.id == country.id } || (hosts[series.id] ?? []).contains(country.id)
                }
                let bars = merged(involved)
                guard rows.count < Self.rowLimit else {
                    omit(bars: bars, findings: 0)
                    continue
                }
                row(
                    id: "c-" + Markup.anchor(country.id), heading: country.name, detail: "\(country.id) · \(country.timezone)",
                    countries: [country.id], bars: bars, findings: [])
            }
        case .person:
            let listed = listing.series.map(\.series)
            for person in plan.people {
                let bars = merged(listed.filter { $0.delegates.contains { $0.id == person.id } })
                guard rows.count < Self.rowLimit else {
                    omit(bars: bars, findings: 0)
                    continue
                }
                row(
                    id: "p-" + Markup.anchor(person.id), heading: person.id, detail: "\(person.role) · \(person.country.id)",
                    countries: [person.country.id], bars: bars, findings: [])
            }
            let unassigned = merged(listed.filter(\.delegates.isEmpty))
            if !unassigned.isEmpty, rows.count < Self.rowLimit {
                let countries = plan.countries.map(\.id).filter { id in
                    listed.contains { $0.delegates.isEmpty && $0.partners.contains { $0.id == id } }
                }
                row(
                    id: "p--unassigned", heading: "No delegates named", detail: "series without a delegates line", countries: countries,
                    bars: unassigned, findings: [])
            } else if !unassigned.isEmpty {
                omit(bars: unassigned, findings: 0)
            }
        }
        self.rows = rows
        omitted = omission.rows > 0 ? Omission(rows: omission.rows, bars: omission.bars, findings: omission.findings) : nil
        venues = plan.venues.filter { venueIDs.contains($0.id) }
        self.coverage = coverage
        coverageOmitted = max(withTopics.count - Self.rowLimit, 0)
    }

    /// The bar of a listed round; `agenda` (the topics it covers, those due) ends its facts.
    private static func bar(_ entry: RoundEntry, agenda: [String]) -> ViewBar {
        let kind: ViewBar.Kind
        switch entry.status {
        case _ where entry.isImplied: kind = .implied
        case .held: kind = .held
        case .planned: kind = .planned
        case .proposed: kind = .proposed
        case .postponed: kind = .postponed
        case .cancelled: kind = .cancelled
        }
        var parts = [entry.statusText, entry.daysText]
        if let hours = entry.hoursText { parts.append(hours) }
        if let zone = entry.time?.zone { parts.append(zone) }
        parts.append(entry.placeText ?? "host not decided")
        parts += agenda
        return ViewBar(
            id: "\(entry.isImplied ? "i" : "r")-\(Markup.anchor(entry.series.id))-\(entry.number)", kind: kind, first: entry.firstDay,
            last: entry.lastDay, label: String(entry.number), name: "round \(entry.number) of \(entry.series.id)", facts: parts,
            zone: entry.time?.zone,
            findings: entry.findings, due: entry.due)
    }

    /// The bar of a round `obligation` owes and no recorded round meets: from the day after
    /// the leading round to the due date.
    private static func bar(_ obligation: Obligation, today: LocalDate) -> ViewBar {
        let overdue = obligation.due.date < today
        let state =
            overdue ? "overdue since \(obligation.due.date.adding(days: 1) ?? obligation.due.date)" : "due by \(obligation.due.date)"
        let facts = [
            "from \(obligation.opens) to \(obligation.due.date)",
            "\(obligation.ruleText), after round \(obligation.leading.number) of \(obligation.leaderID)", state,
        ]
        return ViewBar(
            id: "o-\(Markup.anchor(obligation.seriesID))-\(Markup.anchor(obligation.leaderID))-\(obligation.leading.number)",
            kind: overdue ? .overdue : .due, first: obligation.opens, last: obligation.due.date, label: overdue ? "overdue" : "due",
            name: "\(obligation.seriesID) owes a round", facts: facts, zone: nil,
            findings: [], due: [])
    }
}
