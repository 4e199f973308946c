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

    /// The subjects, each once.
    private var subjects: [Subject] = []
    /// Each file's lines by number: the line's subject as an index into `subjects` plus one,
    /// 0 for a line about no series.
    private var files: [String: [Int32]] = [:]

    /// The subjects of `plan`'s lines.
    public init(plan: Plan) {
        for series in plan.series {
            // A series' lines are in its own file: its table is taken out of `files` once.
            var lines = files.removeValue(forKey: series.location.file) ?? []
            var whole = [series.location] + series.rules.map(\.location) + series.pauses.map(\.location)
            if let hosting = series.hosting { whole.append(hosting.location) }
            mark(whole, Subject(seriesID: series.id, round: nil), in: &lines, of: series.location.file)
            for round in series.rounds {
                mark(
                    [round.location] + round.acknowledgements.map(\.location), Subject(seriesID: series.id, round: round.number),
                    in: &lines, of: series.location.file)
            }
            files[series.location.file] = lines
        }
    }

    /// What `finding` is about, or `nil` when it is about no series.
    public func subject(of finding: Finding) -> Subject? {
        let location = finding.location
        guard let lines = files[location.file], location.line >= 0, location.line < lines.count, lines[location.line] > 0 else {
            return nil
        }
        return subjects[Int(lines[location.line]) - 1]
    }

    /// Records `subject` as what `locations` are about: in `lines` when in `file`, else in
    /// their own file's table.
    private mutating func mark(_ locations: [SourceLocation], _ subject: Subject, in lines: inout [Int32], of file: String) {
        subjects.append(subject)
        let mark = Int32(subjects.count)
        for location in locations where location.line >= 0 {
            if location.file == file {
                Self.set(location.line, to: mark, in: &lines)
            } else {
                Self.set(location.line, to: mark, in: &files[location.file, default: []])
            }
        }
    }

    private static func set(_ line: Int, to mark: Int32, in lines: inout [Int32]) {
        if line >= lines.count { lines += repeatElement(0, count: line + 1 - lines.count) }
        lines[line] = mark
    }
}
