import CivilTime
import ICalendar

/// The people's imported busy calendars (`busy from "calendars/id-deputy.ics"`), each file read
/// once per check (through ``CalendarInputs``, however many people share it) and expanded over
/// the window: RRULEs, RDATEs, EXDATEs and overrides
/// (`RECURRENCE-ID`, including `RANGE=THISANDFUTURE`) as RFC 5545 §3.8.5 says, by the
/// `ICalendar` target.
///
/// Events marked `TRANSP:TRANSPARENT` (RFC 5545 §3.8.2.7) or `STATUS:CANCELLED` do not make
/// anyone busy. All-day and floating events are read in the person's country's zone.
public struct BusyCalendars: Sendable {
    /// Each person's busy events, indexed by time (items are positions in ``events``).
    public let indexes: [String: IntervalIndex]
    /// Each person's busy events.
    public let events: [String: [BusyEvent]]
    /// Calendars that could not be read (`input` errors at the person) and events left out
    /// (`input` warnings).
    public let problems: [Finding]

    /// No calendars.
    public static let none = BusyCalendars(indexes: [:], events: [:], problems: [])

    private init(indexes: [String: IntervalIndex], events: [String: [BusyEvent]], problems: [Finding]) {
        self.indexes = indexes
        self.events = events
        self.problems = problems
    }

    /// Reads every person's calendar through `reader` (paths relative to the file declaring
    /// the person) and expands it over `window`, with two days' margin either side.
    /// - Complexity: linear in the calendars' size and their occurrences in the window, plus sorting.
    public init(plan: Plan, reader: any PlanReader, window: DateWindow) {
        self.init(plan: plan, inputs: CalendarInputs(reader: reader, window: window))
    }

    /// Every person's calendar from `inputs`, which reads and expands each file once however
    /// many people share it.
    init(plan: Plan, inputs: CalendarInputs) {
        var indexes: [String: IntervalIndex] = [:]
        var events: [String: [BusyEvent]] = [:]
        var problems: [Finding] = []
        // People in one country sharing a file share its events.
        var shared: [String: (list: [BusyEvent], index: IntervalIndex)] = [:]
        for person in plan.people {
            guard let relative = person.busyCalendar else { continue }
            let path = PlanPath.normalize(PlanPath.join(PlanPath.directory(of: person.location.file), relative))
            func problem(_ severity: Severity, _ message: String, line: Int? = nil) {
                let at = line.map { SourceLocation(file: path, line: max(1, $0), column: 1, offset: 0) } ?? person.location
                problems.append(
                    Finding(
                        severity, code: .input, message: message, at: at,
                        notes: line == nil ? [] : [Finding.Note("\(person.id)'s busy calendar is declared here", at: person.location)]))
            }
            let file: CalendarFile
            let occurrences: [EventOccurrence]
            switch inputs.outcome(path) {
            case .unreadable(let reason):
                problem(.error, "cannot read \(person.id)'s busy calendar \(path): \(reason)")
                continue
            case .unusable(let error):
                if error.reason == .noCalendar {
                    problem(.error, "\(person.id)'s busy calendar \(path) has no VCALENDAR")
                } else {
                    for diagnostic in error.diagnostics where diagnostic.severity == .error {
                        problem(.error, "\(person.id)'s busy calendar: \(diagnostic.message)", line: diagnostic.line)
                    }
                }
                continue
            case .unexpandable(let read, let error):
                for diagnostic in read.leftOut {
                    problem(.warning, "\(person.id)'s busy calendar: event left out: \(diagnostic.message)", line: diagnostic.line)
                }
                problem(.error, "\(person.id)'s busy calendar \(path) cannot be expanded: \(error)")
                continue
            case .expanded(let read, let expanded):
                file = read
                occurrences = expanded
            }
            for diagnostic in file.leftOut {
                problem(.warning, "\(person.id)'s busy calendar: event left out: \(diagnostic.message)", line: diagnostic.line)
            }
            let timezone = plan.countriesByID[person.country.id]?.timezone ?? "UTC"
            let key = "\(timezone) \(path)"
            if let known = shared[key] {
                indexes[person.id] = known.index
                events[person.id] = known.list
                continue
            }
            let list = Self.busyEvents(occurrences, path: path, zone: RoundClock.zone(timezone))
            let index = IntervalIndex(list.enumerated().map { ($0.element.range, $0.offset) })
            shared[key] = (list, index)
            indexes[person.id] = index
            events[person.id] = list
        }
        self.indexes = indexes
        self.events = events
        self.problems = problems
    }

    /// The occurrences that make someone busy, all-day and floating ones on `zone`'s clock.
    private static func busyEvents(_ occurrences: [EventOccurrence], path: String, zone: ZoneRules) -> [BusyEvent] {
        var list: [BusyEvent] = []
        // What each component says, read once per component rather than once per instance.
        var described: [Int: String?] = [:]
        for occurrence in occurrences {
            let line = occurrence.line ?? 1
            let summary: String?
            if let known = described[line] {
                summary = known
            } else {
                let component = occurrence.component
                let free =
                    component.property("TRANSP")?.textValue.uppercased() == "TRANSPARENT"
                    || component.property("STATUS")?.textValue.uppercased() == "CANCELLED"
                summary = free ? nil : component.property("SUMMARY")?.textValue ?? "busy"
                described[line] = summary
            }
            guard let summary else { continue }
            let range = InstantRange(start: Self.seconds(occurrence.start, zone: zone), end: Self.seconds(occurrence.end, zone: zone))
            list.append(
                BusyEvent(
                    range: range, summary: summary, location: SourceLocation(file: path, line: line, column: 1, offset: 0),
                    start: occurrence.start))
        }
        return list
    }

    /// The moment `instance` names: zoned ones as they are; dates and floating times on the
    /// person's own clock.
    private static func seconds(_ instance: RecurrenceInstance, zone: ZoneRules) -> Int64 {
        switch instance.kind {
        case .zoned: instance.instant.secondsSinceEpoch
        case .date, .floating: zone.instant(for: instance.local).secondsSinceEpoch
        }
    }

    /// `person`'s busy events sharing time with `range`, by start.
    public func busy(_ person: String, during range: InstantRange) -> [BusyEvent] {
        guard let index = indexes[person], let list = events[person] else { return [] }
        return index.overlapping(range).map { list[$0.item] }
    }
}
