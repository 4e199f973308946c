import Basics
import CivilTime
import ICalendar

/// Days off read from an iCalendar feed (a country's holiday feed, an official's leave
/// calendar), recurrences expanded (RFC 5545 §3.8.5: `RRULE`, `RDATE`, `EXDATE`,
/// `RECURRENCE-ID` overrides). `holidays --import` and a plan's `holidays from "x.ics"` both
/// make their days off here.
///
/// Every `VEVENT` occurrence that touches the range gives one day off per civil date it
/// covers (``EventOccurrence/dates``): an all-day event covers `DTSTART` up to but not
/// including `DTEND` (one day without an end, §3.6.1); a timed event covers every local date
/// from its start to the instant before its end, on its own clock. The name is the `SUMMARY`
/// (or "Day off").
///
/// ```swift
/// let leave = try ImportedDaysOff(file: CalendarFile.read(path: "leave.ics"), from: start, through: end)
/// let merged = try CountryCalendar("ID").merging(leave, .over)
/// ```
public struct ImportedDaysOff: Sendable {
    /// The days off, by date (one per event and covered date).
    public let days: [Holiday]
    /// What the reader and the expansion read tolerantly, and the events left out, with lines.
    public let warnings: [CalendarDiagnostic]

    /// Reads `text` and expands its events between `start` and `end` inclusive.
    ///
    /// - Throws: ``ImportError`` with the line of the first problem: malformed iCalendar, no
    ///   `VCALENDAR`, or a recurrence that cannot be expanded.
    public init(ics text: String, from start: LocalDate, through end: LocalDate, kind: HolidayKind = .public) throws(ImportError) {
        let file: CalendarFile
        do {
            file = try CalendarFile.read(bytes: Array(text.utf8))
        } catch {
            let first = error.first
            throw ImportError(line: first?.line, message: first?.message ?? error.description)
        }
        try self.init(file: file, from: start, through: end, kind: kind)
    }

    /// Expands the events of `file` between `start` and `end` inclusive.
    ///
    /// - Throws: ``ImportError`` when a recurrence cannot be expanded.
    public init(file: CalendarFile, from start: LocalDate, through end: LocalDate, kind: HolidayKind = .public) throws(ImportError) {
        let occurrences: [EventOccurrence]
        do {
            occurrences = try file.occurrences(in: Self.window(from: start, through: end))
        } catch {
            throw ImportError(line: nil, message: error.description)
        }
        self.init(occurrences: occurrences, from: start, through: end, kind: kind, warnings: file.diagnostics)
    }

    /// The days off `occurrences` give from `start` through `end` inclusive; they must
    /// include every occurrence overlapping ``window(from:through:)``.
    public init(
        occurrences: [EventOccurrence], from start: LocalDate, through end: LocalDate, kind: HolidayKind = .public,
        warnings: [CalendarDiagnostic] = []
    ) {
        var days: [Holiday] = []
        for occurrence in occurrences {
            // A feed's name is shown and written into feeds: control characters made visible.
            let name = VisibleText.escapingLine(occurrence.component.property("SUMMARY")?.textValue ?? "Day off")
            for date in occurrence.dates where date >= start && date <= end {
                days.append(Holiday(date: date, name: name, kind: kind))
            }
        }
        self.days = days.sorted()
        self.warnings = warnings
    }

    /// The instants to expand a feed over for the days off from `start` through `end`: a day
    /// of margin on each side, as all-day and floating instants are read in UTC.
    public static func window(from start: LocalDate, through end: LocalDate) -> Range<Instant> {
        let from = Instant(secondsSinceEpoch: (Int64(start.daysSinceEpoch) - 1) * 86_400)
        return from..<Instant(secondsSinceEpoch: (Int64(end.daysSinceEpoch) + 2) * 86_400)
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
