import CivilTime

/// How the conflict rules read an occurrence's ``RoundTime``: how long it holds its people
/// and its venue (its span, from the first session's start to the last session's end: a
/// delegate stays in the city overnight). Session-by-session rules (`hours`, `busy`) read
/// ``RoundTime/sessions`` directly.
public enum RoundClock {
    /// The zone rules of `identifier`, or UTC when the zone is unknown (already an `input` error).
    static func zone(_ identifier: String) -> ZoneRules { RoundTime.rules(identifier) }

    /// The range `occurrence` occupies: its span.
    public static func range(of occurrence: Occurrence) -> InstantRange { occurrence.time.span }

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
