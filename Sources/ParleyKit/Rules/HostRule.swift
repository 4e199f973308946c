/// `host`: a round hosted where the series' hosting arrangement says it should not be:
/// alternation broken (`hosts alternate jakarta moscow`), a fixed host not respected
/// (`host jakarta`), or a venue given for a `virtual` series.
public struct HostRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.host
    public let summary = "A round's host breaks the series' hosting arrangement (alternation, fixed host or virtual)."
    public let explanation = """
        `hosts alternate A B …` expects consecutive rounds (that take place and name a venue) \
        to move to the next venue in the list, wrapping round; `host A` expects every round at \
        A; `virtual` expects no venue. Rounds with no venue yet are skipped. Hosting is not \
        measured in time, so a `paused` stretch does not reset the alternation: the round \
        after a pause goes to the next venue after the last round before it. Add `soft` to \
        the hosting line to make findings warnings.

        Example:
          hosts alternate jakarta moscow
          round 1 on 2024-03-10 at jakarta held
          round 2 on 2025-03-12 at jakarta planned
        reports: alternation broken: round 2 of d is at jakarta after round 1 at jakarta; expected moscow
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            guard let hosting = series.hosting else { continue }
            let hostingNote = Finding.Note("the hosting arrangement is declared here", at: hosting.location)
            var previous: Round?
            for round in series.meetings {
                defer { if round.venue != nil { previous = round } }
                guard context.window.contains(round.start.date), let venue = round.venue?.id else { continue }
                switch hosting.mode {
                case .virtual:
                    findings.append(
                        Finding(
                            hosting.severity, code: code,
                            message: "round \(round.number) of \(series.id) is at \(venue), but the series is virtual", at: round.location,
                            notes: [hostingNote], suggestion: Finding.Suggestion("write 'virtual' instead of 'at \(venue)'")))
                case .fixed(let host):
                    guard venue != host.id else { continue }
                    findings.append(
                        Finding(
                            hosting.severity, code: code,
                            message: "round \(round.number) of \(series.id) is at \(venue), but the series is always hosted at \(host.id)",
                            at: round.location, notes: [hostingNote],
                            suggestion: Finding.Suggestion("hold round \(round.number) at \(host.id)")))
                case .alternate(let venues):
                    guard venues.contains(where: { $0.id == venue }) else {
                        findings.append(
                            Finding(
                                hosting.severity, code: code,
                                message:
                                    "round \(round.number) of \(series.id) is at \(venue), which is not one of the alternating hosts (\(venues.map(\.id).joined(separator: ", ")))",
                                at: round.location, notes: [hostingNote]))
                        continue
                    }
                    guard let before = previous, let beforeVenue = before.venue?.id,
                        let expected = series.expectedVenue(after: beforeVenue), expected != venue
                    else { continue }
                    findings.append(
                        Finding(
                            hosting.severity, code: code,
                            message:
                                "alternation broken: round \(round.number) of \(series.id) is at \(venue) after round \(before.number) at \(beforeVenue); expected \(expected)",
                            at: round.location, notes: [Finding.Note("round \(before.number) is here", at: before.location), hostingNote],
                            suggestion: Finding.Suggestion("hold round \(round.number) at \(expected)")))
                }
            }
        }
        return findings
    }
}
