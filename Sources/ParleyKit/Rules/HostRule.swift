/// `host`: a round hosted where the series' hosting arrangement says it should not be:
/// alternation broken (`hosts alternate jakarta moscow`), a fixed host not respected
/// (`host jakarta`), a venue given for a `virtual` series, or a rotation's chair out of turn
/// (`hosts rotate alphabetical`, `hosts rotate ID MY PH`; see `HostRule+Rotation.swift`).
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

        `hosts rotate alphabetical` passes the chair among the partners in the English \
        alphabetical order of their declared names (as the ASEAN Charter, article 31, rotates \
        its chair); `hosts rotate ID MY PH` in the order written. A round's chair is its \
        `chair XX` line, else its venue's country; rounds with neither are skipped. A member \
        named in `declined by XX` under a round is passed over for that round and the turn \
        goes to the next member. A chair out of turn, a chair that is not a member, or a \
        rotation naming a country that is not a partner is a finding (with "did you mean").

        Example:
          partners BN KH ID LA MY MM PH SG TH TL VN
          hosts rotate alphabetical
          round 1 on 2025-05-26 held
            chair MY
          round 2 on 2026-05-08 planned
            chair PH
        reports: rotation broken: round 2 of a is chaired by PH after MY (round 1); expected MM (Myanmar), unless the round says 'declined by MM'
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            guard let hosting = series.hosting else { continue }
            let hostingNote = Finding.Note("the hosting arrangement is declared here", at: hosting.location)
            if case .rotate = hosting.mode {
                findings += rotation(series, hosting: hosting, note: hostingNote, context: context)
                continue
            }
            var previous: Round?
            for round in series.meetings {
                defer { if round.venue != nil { previous = round } }
                guard context.window.contains(round.start.date), let venue = round.venue?.id else { continue }
                switch hosting.mode {
                case .rotate:
                    continue
                case .virtual:
                    findings.append(
                        Finding(
                            hosting.severity, code: code,
                            message: "round \(round.number) of \(series.id) is at \(venue), but the series is virtual", at: round.location,
                            notes: [hostingNote]))
                case .fixed(let host):
                    guard venue != host.id else { continue }
                    findings.append(
                        Finding(
                            hosting.severity, code: code,
                            message: "round \(round.number) of \(series.id) is at \(venue), but the series is always hosted at \(host.id)",
                            at: round.location, notes: [hostingNote]))
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
                            at: round.location, notes: [Finding.Note("round \(before.number) is here", at: before.location), hostingNote]))
                }
            }
        }
        return findings
    }
}
