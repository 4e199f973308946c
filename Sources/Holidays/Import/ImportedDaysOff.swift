import CivilTime
import ICalendar

/// Days off read from an iCalendar feed (a country's holiday feed, an official's leave
/// calendar), recurrences expanded (RFC 5545 §3.8.5: `RRULE`, `RDATE`, `EXDATE`,
/// `RECURRENCE-ID` overrides).
///
/// Every `VEVENT` occurrence that touches the window gives one day off per civil date it
/// covers: an all-day event (`DTSTART;VALUE=DATE`) covers `DTSTART` up to but not including
/// `DTEND` (one day without an end, §3.6.1); a timed event covers the local dates from its start
/// to the instant before its end. The name is the `SUMMARY` (or "Day off").
///
/// ```swift
/// let leave = try ImportedDaysOff(ics: text, from: start, through: end)
/// let merged = try CountryCalendar("ID").merging(leave, .over)
/// ```
public struct ImportedDaysOff: Sendable {
    /// The days off, by date (one per event and covered date).
    public let days: [Holiday]
    /// What the reader and the expansion read tolerantly, with lines.
    public let warnings: [CalendarDiagnostic]

    /// Reads `text` and expands its events between `start` and `end` inclusive.
    ///
    /// - Throws: ``ImportError`` with the line of the first problem: malformed iCalendar, no
    ///   `VCALENDAR`, or a recurrence that cannot be expanded.
    public init(ics text: String, from start: LocalDate, through end: LocalDate, kind: HolidayKind = .public) throws(ImportError) {
        let read: CalendarReadResult
        do {
            read = try CalendarReader().read(text)
        } catch {
            let first = error.first
            throw ImportError(line: first?.line, message: first?.message ?? error.description)
        }
        guard let calendar = read.calendar else {
            throw ImportError(line: 1, message: "expected a VCALENDAR object; found none")
        }
        let events = CalendarEvents(calendar: calendar)
        // A day of margin on each side: all-day and floating instants are read as UTC.
        let from = Instant(secondsSinceEpoch: (Int64(start.daysSinceEpoch) - 1) * 86_400)
        let to = Instant(secondsSinceEpoch: (Int64(end.daysSinceEpoch) + 2) * 86_400)
        let occurrences: [EventOccurrence]
        do {
            occurrences = try events.occurrences(from: from, to: to)
        } catch {
            throw ImportError(line: nil, message: error.description)
        }
        var days: [Holiday] = []
        for occurrence in occurrences {
            let name = occurrence.component.property("SUMMARY")?.textValue ?? "Day off"
            for date in Self.dates(covering: occurrence) where date >= start && date <= end {
                days.append(Holiday(date: date, name: name, kind: kind))
            }
        }
        self.days = days.sorted()
        warnings = read.warnings + events.diagnostics
    }

    /// The civil dates an occurrence covers on its own clock.
    static func dates(covering occurrence: EventOccurrence) -> [LocalDate] {
        let first = occurrence.start.local.date
        var last = occurrence.end.local.date
        if occurrence.start.kind == .date || occurrence.end.local.time == LocalTime.midnight {
            last = last.adding(days: -1) ?? last
        }
        guard first <= last else { return [first] }
        return (0...first.days(until: last)).compactMap { first.adding(days: $0) }
    }
}

/// An iCalendar feed that cannot be imported, with where and what.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// What was wrong and what was expected.
    public let message: String

    /// An error.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
