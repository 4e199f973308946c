import CivilTime

/// When an occurrence holds its people, as absolute time: the clock the conflict rules share.
///
/// - All-day rounds take their local days, midnight to midnight in the round's zone.
/// - Timed rounds (`sessions 09:00..12:00`, or `on 2026-03-10T09:30`) run from the first
///   session's start to the last session's end, wall-clock in the round's zone, so a session
///   across a DST change keeps its wall-clock hours.
/// - A start time without session hours runs to the end of the last day.
public enum RoundClock {
    /// The zone rules of `identifier`, or UTC when the zone is unknown (already an `input` error).
    static func zone(_ identifier: String) -> ZoneRules {
        (try? ZoneRules.named(identifier)) ?? .utc
    }

    /// The range `occurrence` occupies.
    public static func range(of occurrence: Occurrence) -> InstantRange {
        range(of: occurrence, startingOn: occurrence.firstDay)
    }

    /// The range `occurrence` would occupy if it started on `first` instead (for the nearest
    /// clean date), keeping its length in days and its hours.
    public static func range(of occurrence: Occurrence, startingOn first: LocalDate) -> InstantRange {
        range(of: occurrence, startingOn: first, in: zone(occurrence.timezone))
    }

    /// ``range(of:startingOn:)`` with the occurrence's zone rules already looked up
    /// (`zone(occurrence.timezone)`), for searches that try many starts.
    static func range(of occurrence: Occurrence, startingOn first: LocalDate, in zone: ZoneRules) -> InstantRange {
        let length = occurrence.firstDay.days(until: occurrence.lastDay)
        let last = first.adding(days: length) ?? first
        let day = InstantRange.days(first, last, in: zone)
        let start = occurrence.startTime.map { zone.instant(for: LocalDateTime(date: first, time: $0)).secondsSinceEpoch } ?? day.start
        let end = occurrence.endTime.map { zone.instant(for: LocalDateTime(date: last, time: $0)).secondsSinceEpoch } ?? day.end
        return InstantRange(start: start, end: end)
    }

    /// `2026-03-10`, `2026-03-10..2026-03-11`, or `2026-03-10 09:00–12:00 Asia/Jakarta`.
    public static func describe(_ occurrence: Occurrence) -> String {
        var writer = MessageWriter(capacity: 48)
        describe(occurrence, into: &writer)
        return writer.text
    }

    /// Writes ``describe(_:)``'s text into a message.
    static func describe(_ occurrence: Occurrence, into writer: inout MessageWriter) {
        writer.write(occurrence.firstDay)
        if occurrence.firstDay != occurrence.lastDay {
            writer.write("..")
            writer.write(occurrence.lastDay)
        }
        guard let start = occurrence.startTime else { return }
        writer.write(" ")
        writer.write(RoundStart.shortTime(start))
        if let end = occurrence.endTime {
            writer.write("–")
            writer.write(RoundStart.shortTime(end))
        }
        writer.write(" ")
        writer.write(occurrence.timezone)
    }
}
