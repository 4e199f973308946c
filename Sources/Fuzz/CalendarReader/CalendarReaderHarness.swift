import CivilTime
import ICalendar

/// One fuzzing input for the `.ics` reader: `bytes` read as `parley expand --ics` reads a file
/// (every diagnostic collected, never thrown away), then its events expanded over 2026 with a
/// small occurrence limit, so a hostile rule costs a bounded amount of work. A crash, a
/// sanitizer report or a hang is the finding; errors and warnings are expected answers.
public enum CalendarReaderHarness {
    /// The window the events are expanded over: 2026 in UTC.
    static let window = Instant(secondsSinceEpoch: 1_767_225_600)..<Instant(secondsSinceEpoch: 1_798_761_600)

    /// Reads and expands `bytes`; returns how many occurrences and diagnostics it found.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> Int {
        do {
            let file = try CalendarFile.read(bytes: bytes, path: "fuzz.ics", componentNames: ["VEVENT", "VTODO"])
            let occurrences = (try? file.occurrences(in: window, limit: 2_000))?.count ?? 0
            return occurrences + file.diagnostics.count
        } catch {
            return error.diagnostics.count
        }
    }
}
