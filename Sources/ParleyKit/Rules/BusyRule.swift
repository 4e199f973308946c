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
        events during its sessions (all day for all-day rounds; the session hours of each \
        day for timed rounds, so an evening event between two days of sessions is no clash); one error per delegate and round names the first events and points at their \
        lines in the .ics file. A calendar that cannot be \
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
        // The people who attend a round here and have a busy calendar: a probe's narrow
        // context holds a few of a plan's thousands.
        for person in context.index.attendancesByPerson.keys.filter({ context.busy.indexes[$0] != nil }).sorted() {
            for attendance in context.index.attendances(of: person) {
                let occurrence = occurrences[attendance.occurrence]
                guard context.window.contains(occurrence.firstDay) else { continue }
                let events = Self.busy(person, during: occurrence.time, in: context.busy)
                guard !events.isEmpty else { continue }
                let shown = events.prefix(3).map { "\"\($0.summary)\" at \($0.shown) (\($0.location.file) line \($0.location.line))" }
                let more = events.count > 3 ? " and \(events.count - 3) more" : ""
                var notes = events.prefix(3).map { Finding.Note("\"\($0.summary)\" is here", at: $0.location) }
                if let declared = context.plan.peopleByID[person] {
                    notes.append(Finding.Note("\(person)'s busy calendar is declared here", at: declared.location))
                }
                findings.append(
                    Finding(
                        .error, code: code,
                        message:
                            "\(person) is busy during round \(occurrence.number) of \(occurrence.seriesID) (\(RoundClock.describe(occurrence))): \(shown.joined(separator: "; "))\(more)",
                        at: occurrence.location, notes: notes))
            }
        }
        return findings
    }

    /// `person`'s busy events during the sessions of `time` (an event spanning several
    /// sessions counts once), in order of the sessions.
    static func busy(_ person: String, during time: RoundTime, in calendars: BusyCalendars) -> [BusyEvent] {
        guard time.sessions.count > 1 else { return time.sessions.first.map { calendars.busy(person, during: $0) } ?? [] }
        var seen: Set<BusyEvent> = []
        return time.sessions.flatMap { calendars.busy(person, during: $0) }.filter { seen.insert($0).inserted }
    }
}
