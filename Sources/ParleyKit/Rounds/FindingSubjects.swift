/// Which series, and which round of it, each finding is about, read from where the finding
/// points: a round's line (or one of its `acknowledge` lines) names the round; the
/// series' declaration or one of its rule, pause or hosting lines names the series alone.
/// Findings elsewhere (a country, a venue, a malformed line) are about neither.
///
/// Findings have no other identity across edits: `parley diff` matches them by code, subject and
/// message, never by line number, and `parley rounds` shows each under its round.
public struct FindingSubjects: Sendable {
    /// What a finding is about.
    public struct Subject: Hashable, Sendable {
        /// The series' id.
        public let seriesID: String
        /// The round number, when the finding is about one round.
        public let round: Int?
    }

    private struct Line: Hashable {
        let file: String
        let line: Int
    }

    private var subjects: [Line: Subject] = [:]

    /// The subjects of `plan`'s lines.
    public init(plan: Plan) {
        // Sized once: growing a dictionary of every round line rehashes it again and again.
        subjects.reserveCapacity(
            plan.series.reduce(0) { total, series in
                total + 2 + series.rules.count + series.pauses.count
                    + series.rounds.reduce(series.rounds.count) { $0 + $1.acknowledgements.count }
            })
        for series in plan.series {
            let whole = Subject(seriesID: series.id, round: nil)
            var lines = [series.location] + series.rules.map(\.location) + series.pauses.map(\.location)
            if let hosting = series.hosting { lines.append(hosting.location) }
            for location in lines { subjects[Line(file: location.file, line: location.line)] = whole }
            for round in series.rounds {
                let subject = Subject(seriesID: series.id, round: round.number)
                for location in [round.location] + round.acknowledgements.map(\.location) {
                    subjects[Line(file: location.file, line: location.line)] = subject
                }
            }
        }
    }

    /// What `finding` is about, or `nil` when it is about no series.
    public func subject(of finding: Finding) -> Subject? {
        subjects[Line(file: finding.location.file, line: finding.location.line)]
    }
}
