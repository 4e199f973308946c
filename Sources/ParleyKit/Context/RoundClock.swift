import CivilTime

/// How the conflict rules read an occurrence's ``RoundTime``: how long it holds its people
/// and its venue (its span, from the first session's start to the last session's end: a
/// delegate stays in the city overnight), and the same for another start date (for the
/// nearest clean date). Session-by-session rules (`hours`, `busy`) read
/// ``RoundTime/sessions`` directly.
public enum RoundClock {
    /// The zone rules of `identifier`, or UTC when the zone is unknown (already an `input` error).
    static func zone(_ identifier: String) -> ZoneRules { RoundTime.rules(identifier) }

    /// The range `occurrence` occupies: its span.
    public static func range(of occurrence: Occurrence) -> InstantRange { occurrence.time.span }

    /// The range `occurrence` would occupy if it started on `first` instead (for the nearest
    /// clean date), keeping its length in days and its hours.
    public static func range(of occurrence: Occurrence, startingOn first: LocalDate) -> InstantRange {
        occurrence.time.span(movedTo: first, rules: zone(occurrence.timezone))
    }

    /// ``range(of:startingOn:)`` with the occurrence's zone rules already looked up
    /// (`zone(occurrence.timezone)`), for searches that try many starts.
    static func range(of occurrence: Occurrence, startingOn first: LocalDate, in zone: ZoneRules) -> InstantRange {
        occurrence.time.span(movedTo: first, rules: zone)
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
