import CivilTime
import ICalendar

/// The calendar files one check reads (people's busy calendars, countries' holiday feeds),
/// each read through ``CalendarFile`` and expanded over the check's window once, however many
/// people or countries name the same file.
///
/// The window is the check's days with two days' margin either side, so events in any zone
/// that touch a day of the window are found. A file reached by two paths (a symlink) is read
/// once, and all files together may expand to at most ``PlanLimits/occurrences`` occurrences:
/// the file that would pass the cap is reported instead of expanded.
final class CalendarInputs {
    /// What became of one file.
    enum Outcome {
        /// The file could not be opened: the reader's reason.
        case unreadable(String)
        /// The text is not iCalendar or has no `VCALENDAR`.
        case unusable(CalendarFileError)
        /// The events were read, but expanding them over the window failed.
        case unexpandable(CalendarFile, RecurrenceError)
        /// The events and their occurrences overlapping the window.
        case expanded(CalendarFile, [EventOccurrence])
    }

    /// Where the files are read from.
    let reader: any PlanReader
    /// The check's days.
    let window: DateWindow
    /// The instants the events are expanded over: ``window`` with two days' margin.
    let instants: Range<Instant>
    private var outcomes: [String: Outcome] = [:]
    private var byIdentity: [FileIdentity: Outcome] = [:]
    /// Occurrences expanded so far, by all files.
    private(set) var expanded = 0
    /// Files read so far (each once).
    private(set) var reads = 0

    /// Files read through `reader`, expanded over `window`.
    init(reader: any PlanReader, window: DateWindow) {
        self.reader = reader
        self.window = window
        let from = InstantRange.days(window.from, window.from, in: .utc).start - 2 * 86_400
        let to = InstantRange.days(window.through, window.through, in: .utc).end + 2 * 86_400
        instants = Instant(secondsSinceEpoch: from)..<Instant(secondsSinceEpoch: to)
    }

    /// The file at `path` (normalised, relative to the working folder), read and expanded on
    /// first use.
    func outcome(_ path: String) -> Outcome {
        if let known = outcomes[path] { return known }
        let identity = reader.identity(path)
        if let identity, let known = byIdentity[identity] {
            outcomes[path] = known
            return known
        }
        let outcome: Outcome
        reads += 1
        switch reader.read(path) {
        case .failure(let failure):
            outcome = .unreadable(failure.reason)
        case .success(let text):
            do {
                let file = try CalendarFile.read(bytes: Array(text.utf8), path: path)
                let remaining = max(0, reader.limits.occurrences - expanded)
                do {
                    let occurrences = try file.occurrences(in: instants, limit: remaining)
                    expanded += occurrences.count
                    outcome = .expanded(file, occurrences)
                } catch {
                    let shared = RecurrenceError(
                        .windowTooFar,
                        "the calendars of this check expand to more than \(reader.limits.occurrences) occurrences in its window "
                            + "(--max-occurrences raises the cap)")
                    // "more than N occurrences" with N the remaining budget: the shared cap was reached.
                    let capped = error.code == .windowTooFar && error.message.hasPrefix("more than \(remaining) occurrences")
                    outcome = .unexpandable(file, capped ? shared : error)
                }
            } catch {
                outcome = .unusable(error)
            }
        }
        outcomes[path] = outcome
        if let identity { byIdentity[identity] = outcome }
        return outcome
    }
}
