extension Checker {
    /// `findings` with those a round acknowledges (`acknowledge holiday "Nyepi" because "…"`)
    /// turned into notes that quote the reason, plus a warning for each acknowledgement of a
    /// round in `window` that matches no finding, so that a stale one cannot hide anything.
    static func acknowledge(_ findings: [Finding], in plan: Plan, window: DateWindow) -> [Finding] {
        var result = findings
        var stale: [Finding] = []
        for series in plan.series {
            for round in series.rounds where !round.acknowledgements.isEmpty {
                for acknowledgement in round.acknowledgements {
                    var matched = false
                    for (position, finding) in result.enumerated()
                    where finding.severity != .note && acknowledgement.matches(finding, at: round.location) {
                        matched = true
                        result[position] = Finding(
                            .note, code: finding.code, message: "\(finding.message) (acknowledged: \(acknowledgement.reason))",
                            at: finding.location,
                            notes: finding.notes + [Finding.Note("acknowledged here", at: acknowledgement.location)],
                            suggestion: finding.suggestion)
                    }
                    guard !matched, round.status.takesPlace, window.contains(round.start.date) else { continue }
                    let what = acknowledgement.subject.map { " \"\($0)\"" } ?? ""
                    stale.append(
                        Finding(
                            .warning, code: acknowledgement.code,
                            message:
                                "round \(round.number) of \(series.id) acknowledges \(acknowledgement.code)\(what), but no such finding is reported; remove the acknowledgement",
                            at: acknowledgement.location))
                }
            }
        }
        result += stale
        return result
    }
}
