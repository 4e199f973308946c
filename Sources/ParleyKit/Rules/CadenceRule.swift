import CivilTime

/// `cadence`: a round missing, early or late against the agreed rhythm (`every N …`).
///
/// Each round that takes place is measured from the one before it: `every 12 months` after
/// a round on 2024-03-10 expects the next on 2025-03-10, give or take the series'
/// tolerance (`tolerance 45 days`; by default 31 days for month and year cadences, 2 for
/// weekly ones). A round more than a whole period late means rounds are missing. When the
/// last round is more than a period (plus tolerance) before today, the series is overdue.
/// `paused FROM..TO` suspends the clock (see ``Series/deadline(_:after:)``).
/// Rounds are reported when they start inside the window.
public struct CadenceRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.cadence
    public let summary = "A round is missing, early or late against the agreed rhythm."
    public let explanation = """
        A series with `every N days|weeks|months|years` expects each round one period after \
        the round before it, within a tolerance: `tolerance N days` on the series, by default \
        31 days for month and year cadences and 2 days for weekly ones. A round earlier than \
        that is early; later is late; more than a whole period late means rounds are missing. \
        A series whose last round is more than a period plus tolerance before today is overdue. \
        `paused FROM..TO "reason"` suspends the clock: the round after a pause is expected one \
        period after its last day (as `gap` and `within` windows count from it too). Postponed and cancelled rounds do not count. \
        `tolerance N days soft` makes these findings warnings.

        Example:
          every 12 months
          round 1 on 2024-03-10 held
          round 2 on 2025-09-01 planned
        reports: round 2 on 2025-09-01 is late: every 12 months after round 1 (2024-03-10) expects it by 2025-04-10 (2025-03-10 ± 31 days)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for series in context.plan.series {
            guard let cadence = series.cadence else { continue }
            let tolerance = series.cadenceTolerance
            let severity = series.rules.first { if case .tolerance = $0.kind { true } else { false } }?.severity ?? .error
            let meetings = series.meetings
            for (previous, round) in zip(meetings, meetings.dropFirst()) where context.window.contains(round.start.date) {
                guard let expected = series.nextExpected(after: previous.start.date),
                    let earliest = expected.adding(days: -tolerance), let latest = expected.adding(days: tolerance)
                else { continue }
                let date = round.start.date
                guard date < earliest || date > latest else { continue }
                let rhythm = "every \(cadence) after round \(previous.number) (\(previous.start.date)) expects it"
                let window = tolerance == 0 ? "\(expected)" : "\(expected) ± \(Plural.count(tolerance, "day"))"
                let notes = [Finding.Note("round \(previous.number) is here", at: previous.location)]
                if date < earliest {
                    findings.append(
                        Finding(
                            severity, code: code,
                            message: "round \(round.number) of \(series.id) on \(date) is early: \(rhythm) from \(earliest) (\(window))",
                            at: round.location, notes: notes,
                            suggestion: Finding.Suggestion("move round \(round.number) to \(earliest) or later", date: earliest)))
                } else if date > latest {
                    let following = series.nextExpected(after: expected).flatMap { $0.adding(days: -tolerance) }
                    if let following, date >= following {
                        findings.append(
                            Finding(
                                severity, code: code,
                                message:
                                    "rounds of \(series.id) are missing between round \(previous.number) (\(previous.start.date)) and round \(round.number) (\(date)): every \(cadence) expects a round near \(expected)",
                                at: round.location, notes: notes,
                                suggestion: Finding.Suggestion(
                                    "record the missing round near \(expected), or declare 'paused' for the lapse", date: expected)))
                    } else {
                        findings.append(
                            Finding(
                                severity, code: code,
                                message: "round \(round.number) of \(series.id) on \(date) is late: \(rhythm) by \(latest) (\(window))",
                                at: round.location, notes: notes,
                                suggestion: Finding.Suggestion("move round \(round.number) to \(latest) or earlier", date: latest)))
                    }
                }
            }
            if let last = series.rounds.filter({ $0.status.takesPlace }).max(by: { $0.start.date < $1.start.date }),
                let due = series.nextExpected(after: last.start.date), let overdue = due.adding(days: tolerance), overdue < context.today
            {
                findings.append(
                    Finding(
                        severity, code: code,
                        message:
                            "\(series.id) is overdue: every \(cadence) after round \(last.number) (\(last.start.date)) expected round \(last.number + 1) by \(overdue), and none is recorded",
                        at: series.location, notes: [Finding.Note("round \(last.number) is here", at: last.location)],
                        suggestion: Finding.Suggestion(
                            "record round \(last.number + 1) (planned or proposed), or declare 'paused' for the lapse")))
            }
        }
        return findings
    }
}
