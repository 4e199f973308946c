import CivilTime
import ICalendar

/// The calendar files one check reads (people's busy calendars, countries' holiday feeds),
/// each read through ``CalendarFile`` and expanded over the check's window once, however many
/// people or countries name the same file.
///
/// The window is the check's days with two days' margin either side, so events in any zone
/// that touch a day of the window are found.
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
        let outcome: Outcome
        switch reader.read(path) {
        case .failure(let failure):
            outcome = .unreadable(failure.reason)
        case .success(let text):
            do {
                let file = try CalendarFile.read(bytes: Array(text.utf8), path: path)
                do {
                    outcome = .expanded(file, try file.occurrences(in: instants))
                } catch {
                    outcome = .unexpandable(file, error)
                }
            } catch {
                outcome = .unusable(error)
            }
        }
        outcomes[path] = outcome
        return outcome
    }
}
