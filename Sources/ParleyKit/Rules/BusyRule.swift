import CivilTime

/// `busy`: a person's imported calendar says they are busy during a round.
public struct BusyRule: PlanRule {
    /// The rule.
    public init() {}

    public let code = FindingCode.busy
    public let summary = "A delegate's imported calendar says they are busy during a round."
    public let explanation = """
        `busy from "calendars/id-deputy.ics"` under a person imports their calendar (path \
        relative to the plan file). Its events are expanded over the check's window as RFC \
        5545 says: RRULE and RDATE, minus EXDATE, with overrides (RECURRENCE-ID) replacing \
        the instances they name. Events marked TRANSP:TRANSPARENT or STATUS:CANCELLED do not \
        count; all-day and floating events are read in the person's country's zone. Each \
        recorded round a delegate attends is compared, as absolute time, with their busy \
        events; one error per delegate and round names the first events and points at their \
        lines in the .ics file. The suggestion is the nearest start date on either side, \
        within a year, when no delegate of the round is busy. A calendar that cannot be \
        read or parsed is an `input` error at the person.

        Example:
          person id-deputy "Deputy Minister" of ID
            busy from "calendars/id-deputy.ics"     # DTSTART;TZID=Asia/Jakarta:20270323T100000, weekly
          round 2 on 2027-03-23 at jakarta planned
        reports: id-deputy is busy during round 2 of d (2027-03-23): "Cabinet meeting" at \
        2027-03-23T10:00:00+07:00 (calendars/id-deputy.ics line 7)
        """

    public func check(_ context: RuleContext) -> [Finding] {
        let occurrences = context.expansion.occurrences
        var findings = context.busy.problems
        for person in context.busy.indexes.keys.sorted() {
            for attendance in context.index.attendances(of: person) {
                let occurrence = occurrences[attendance.occurrence]
                guard context.window.contains(occurrence.firstDay) else { continue }
                let events = context.busy.busy(person, during: attendance.range)
                guard !events.isEmpty else { continue }
                let shown = events.prefix(3).map { "\"\($0.summary)\" at \($0.shown) (\($0.location.file) line \($0.location.line))" }
                let more = events.count > 3 ? " and \(events.count - 3) more" : ""
                let delegates = context.plan.seriesByID[occurrence.seriesID]?.delegates.map(\.id) ?? [person]
                let clean = context.nearestClean(around: occurrence.firstDay) { start in
                    let range = RoundClock.range(of: occurrence, startingOn: start)
                    return !delegates.contains { !context.busy.busy($0, during: range).isEmpty }
                }
                var notes = events.prefix(3).map { Finding.Note("\"\($0.summary)\" is here", at: $0.location) }
                if let declared = context.plan.peopleByID[person] { notes.append(Finding.Note("\(person)'s busy calendar is declared here", at: declared.location)) }
                findings.append(
                    Finding(
                        .error, code: code,
                        message: "\(person) is busy during round \(occurrence.number) of \(occurrence.seriesID) (\(RoundClock.describe(occurrence))): \(shown.joined(separator: "; "))\(more)",
                        at: occurrence.location, notes: notes,
                        suggestion: clean.suggestion(round: occurrence.number, from: occurrence.firstDay, clearOf: "its delegates' busy calendars")))
            }
        }
        return findings
    }
}
