import Basics
import CivilTime
import Foundation

/// An iCalendar file (or bytes) read for its events: the one way Parley takes calendar input.
/// Busy calendars, holiday feeds, `holidays --import` and `expand --ics` all read through it.
///
/// Reading parses with ``CalendarReader`` (within its ``CalendarReaderLimits``), collects the
/// events of every `VCALENDAR` in the file (``CalendarReadResult/mergedCalendar(notes:)``)
/// with ``CalendarEvents`` and keeps every diagnostic, each located by file and line. The
/// events directly inside a `VCALENDAR` (nearly all) are not built as components: the reader
/// checks every line and keeps only those expansion reads, and an occurrence's
/// ``EventOccurrence/component`` reads its event's lines again when asked for. Diagnostics are
/// warnings for what was read tolerantly, errors for events that cannot be expanded (they are
/// left out; the rest of the file still counts). A file that cannot be read at all throws
/// ``CalendarFileError``. ``occurrences(in:limit:)`` expands the events over a window
/// (``occurrenceStream(in:limit:)`` hands them on one at a time).
///
/// ```swift
/// let file = try CalendarFile.read(path: "calendars/id-deputy.ics")
/// for diagnostic in file.diagnostics { print(diagnostic) }   // calendars/id-deputy.ics:12: warning: …
/// let occurrences = try file.occurrences(in: start..<end)
/// ```
///
/// - Complexity: reading is O(*n*) in the input's length; expanding, as ``CalendarEvents``.
public struct CalendarFile: Sendable {
    /// The file the events came from, when known; every diagnostic carries it.
    public let path: String?
    /// The events, ready to expand (those with errors left out).
    public let events: CalendarEvents
    /// Every diagnostic, in line order: warnings from the reader and the events, and an error
    /// for each event left out.
    public let diagnostics: [CalendarDiagnostic]

    /// The file at `path`, read and its events collected.
    ///
    /// - Throws: ``CalendarFileError`` when the file cannot be opened, its text is not iCalendar
    ///   (every error found, located), or it has no `VCALENDAR`.
    public static func read(
        path: String, limits: CalendarReaderLimits = CalendarReaderLimits(), componentNames: Set<String> = ["VEVENT"]
    ) throws(CalendarFileError) -> CalendarFile {
        guard let bytes = FileBytes.read(path: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let reason = !exists ? "no such file" : isFolder.boolValue ? "is a folder, not a file" : "cannot be read"
            throw CalendarFileError(
                path: path, reason: .unreadable(reason),
                diagnostics: [
                    CalendarDiagnostic(.error, line: 1, "cannot read \(path): \(reason)").located(in: path)
                ])
        }
        return try read(bytes: bytes, path: path, limits: limits, componentNames: componentNames)
    }

    /// `bytes` (UTF-8 iCalendar text) read and its events collected; diagnostics name `path`.
    ///
    /// - Throws: ``CalendarFileError`` when the text is not iCalendar (every error found,
    ///   located) or has no `VCALENDAR`.
    public static func read(
        bytes: [UInt8], path: String? = nil, limits: CalendarReaderLimits = CalendarReaderLimits(),
        componentNames: Set<String> = ["VEVENT"]
    ) throws(CalendarFileError) -> CalendarFile {
        let result: CalendarReadResult
        let direct: [ExpansionLines]
        do {
            (result, direct) = try CalendarReader(limits: limits).read(bytes: bytes, events: componentNames)
        } catch {
            throw CalendarFileError(path: path, reason: .malformed, diagnostics: error.diagnostics.map { $0.located(in: path) })
        }
        var notes: [CalendarDiagnostic] = []
        guard let calendar = result.mergedCalendar(notes: &notes) else {
            let missing = CalendarDiagnostic(.error, line: 1, "no BEGIN:VCALENDAR in the file")
            let diagnostics = (result.warnings + [missing]).map { $0.located(in: path) }
            throw CalendarFileError(path: path, reason: .noCalendar, diagnostics: diagnostics)
        }
        // The events read directly and those built as components (in a nested VCALENDAR or
        // none), merged in file order: the order of the merged calendar's components.
        let built = calendar.components.filter { componentNames.contains($0.name) }.map(ExpansionLines.init)
        var lines = direct
        if !built.isEmpty {
            lines = (lines + built).enumerated().sorted {
                ($0.element.source.line ?? 0, $0.offset) < ($1.element.source.line ?? 0, $1.offset)
            }
            .map(\.element)
        }
        let events = CalendarEvents(calendar: calendar, events: lines)
        let found = result.warnings + notes + events.diagnostics
        let diagnostics = found.indices.sorted { (found[$0].line, $0) < (found[$1].line, $1) }.map { found[$0].located(in: path) }
        return CalendarFile(path: path, events: events, diagnostics: diagnostics, lines: lines)
    }

    /// The lines the events were built from, freed with the file rather than as soon as the
    /// events are built: tens of thousands of small properties cost about a tenth of the read
    /// to free one by one, which a command that keeps the file until the process exits
    /// (`expand --ics`) then never pays.
    private let lines: [ExpansionLines]

    private init(path: String?, events: CalendarEvents, diagnostics: [CalendarDiagnostic], lines: [ExpansionLines]) {
        self.path = path
        self.events = events
        self.diagnostics = diagnostics
        self.lines = lines
    }

    /// The errors among ``diagnostics``: one for each event left out.
    public var leftOut: [CalendarDiagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Every occurrence that overlaps `window` (half-open), or with `nil` every occurrence of
    /// series that all end; in order of start, then of appearance in the file. Instants of
    /// all-day and floating occurrences are read in UTC (see ``RecurrenceInstance``).
    ///
    /// - Throws: ``RecurrenceError`` when a rule cannot be expanded that far, more than `limit`
    ///   occurrences are found, or (without a window) a series recurs forever; messages name
    ///   the line.
    public func occurrences(in window: Range<Instant>?, limit: Int = 1_000_000) throws(RecurrenceError) -> [EventOccurrence] {
        try occurrenceStream(in: window, limit: limit).collected()
    }

    /// The occurrences of ``occurrences(in:limit:)``, one at a time in the same order, as they
    /// are generated: for output written as it comes.
    ///
    /// - Throws: ``RecurrenceError`` without a window when a series recurs forever; the stream
    ///   throws as ``occurrences(in:limit:)`` does.
    public func occurrenceStream(in window: Range<Instant>?, limit: Int = 1_000_000) throws(RecurrenceError) -> OccurrenceStream {
        try events.occurrenceStream(from: window?.lowerBound, to: window?.upperBound, limit: limit)
    }
}
