import CivilTime

extension HostRule {
    /// The findings of a rotating series (`hosts rotate …`): members that are not partners,
    /// chairs that are not members, and chairs out of turn (``Series/expectedChair(after:passingOver:order:)``).
    func rotation(_ series: Series, hosting: Hosting, note: Finding.Note, context: RuleContext) -> [Finding] {
        let plan = context.plan
        guard let order = series.rotationOrder(in: plan) else { return [] }
        var findings: [Finding] = []
        let partners = series.partners.map(\.id)
        if case .rotate(.listed(let members)) = hosting.mode {
            for member in members where !partners.contains(member.id) {
                findings.append(
                    Finding(
                        hosting.severity, code: code,
                        message: "\(member.id) rotates in \(series.id) but is not one of its partners (\(partners.joined(separator: ", ")))"
                            + Self.didYouMean(member.id, among: partners), at: member.location))
            }
            let missing = partners.filter { !members.map(\.id).contains($0) }
            if !missing.isEmpty, context.window.contains(series.meetings.first?.start.date ?? .minimum) {
                findings.append(
                    Finding(
                        .warning, code: code,
                        message: "the rotation of \(series.id) leaves out \(Plural.list(missing)), a partner that never gets its turn",
                        at: hosting.location))
            }
        }
        var previous: (round: Round, chair: String)?
        for round in series.meetings {
            guard let chair = series.chair(of: round, in: plan) else { continue }
            defer { previous = (round, chair) }
            guard context.window.contains(round.start.date) else { continue }
            guard order.contains(chair) else {
                findings.append(
                    Finding(
                        hosting.severity, code: code,
                        message: "round \(round.number) of \(series.id) is chaired by \(chair), which is not one of the rotating members ("
                            + order.joined(separator: ", ") + ")" + Self.didYouMean(chair, among: order),
                        at: round.chair?.location ?? round.location, notes: [note]))
                continue
            }
            guard let previous,
                let expected = series.expectedChair(after: previous.chair, passingOver: Set(round.declinedBy.map(\.id)), order: order),
                expected != chair
            else { continue }
            let name = plan.countriesByID[expected].map { " (\($0.name))" } ?? ""
            findings.append(
                Finding(
                    hosting.severity, code: code,
                    message:
                        "rotation broken: round \(round.number) of \(series.id) is chaired by \(chair) after \(previous.chair) (round \(previous.round.number)); expected \(expected)\(name), unless the round says 'declined by \(expected)'",
                    at: round.location, notes: [Finding.Note("round \(previous.round.number) is here", at: previous.round.location), note],
                    suggestion: Finding.Suggestion(
                        "write 'chair \(expected)' under round \(round.number), or 'declined by \(expected)' if \(expected) passed its turn"
                    )))
        }
        return findings
    }

    /// `; did you mean 'MY'?` for the closest of `candidates`, or nothing.
    private static func didYouMean(_ word: String, among candidates: [String]) -> String {
        Spelling.closest(to: word, among: candidates, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
    }
}
