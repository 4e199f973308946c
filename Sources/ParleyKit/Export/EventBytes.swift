import Foundation

/// Edits serialised `VEVENT`s as content lines (RFC 5545 §3.1), for forms of a round that
/// differ from its serialised form by whole properties.
enum EventBytes {
    /// Appends `source`, one or more whole `VEVENT`s as ``ICalendar/CalendarWriter`` writes
    /// them, to `target` without the events' own `ATTENDEE` properties: the bytes the writer
    /// gives for the same events with no attendees (the form RFC 5546 §3.2.1 asks of
    /// `METHOD:PUBLISH`), found in a fraction of the time it takes to serialise them again.
    ///
    /// A property is a line that starts `ATTENDEE:` or `ATTENDEE;` directly inside a
    /// `VEVENT`, with the continuation lines (starting with a space) that follow it; the
    /// attendees of a `VALARM` stay. Every LF in the writer's output ends a line: TEXT escapes
    /// line breaks as `\n` and parameter values as `^n` (RFC 6868), and control characters are
    /// refused.
    ///
    /// ```
    /// ORGANIZER;CN=Desk:mailto:desk@example.org
    /// ATTENDEE;CN=Deputy Minister of Foreign Affairs of the Republic of Indonesia;ROLE=REQ-PAR   ← dropped
    ///  TICIPANT:mailto:deputy@example.go.id                                                      ← dropped
    /// BEGIN:VALARM
    /// ```
    ///
    /// - Complexity: O(*n*) in the size of `source`.
    static func appendWithoutAttendees(_ source: UnsafeRawBufferPointer, to target: inout [UInt8]) {
        guard let base = source.baseAddress else { return }
        let count = source.count
        var lineStart = 0
        var kept = 0
        var depth = 0
        var skipping = false
        while lineStart < count {
            let lineEnd: Int
            if let newline = memchr(base + lineStart, 10, count - lineStart) {
                lineEnd = base.distance(to: UnsafeRawPointer(newline)) + 1
            } else {
                lineEnd = count
            }
            let first = source[lineStart]
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                // A continuation line belongs to the property before it.
            } else {
                if skipping {
                    kept = lineStart
                    skipping = false
                }
                if starts(source, at: lineStart, with: "BEGIN:") {
                    depth += 1
                } else if starts(source, at: lineStart, with: "END:") {
                    depth -= 1
                } else if depth == 1, starts(source, at: lineStart, with: "ATTENDEE"),
                    lineStart + 8 < count, source[lineStart + 8] == UInt8(ascii: ":") || source[lineStart + 8] == UInt8(ascii: ";")
                {
                    target.append(contentsOf: UnsafeRawBufferPointer(rebasing: source[kept..<lineStart]))
                    skipping = true
                }
            }
            lineStart = lineEnd
        }
        if !skipping { target.append(contentsOf: UnsafeRawBufferPointer(rebasing: source[kept..<count])) }
    }

    @inline(__always)
    private static func starts(_ source: UnsafeRawBufferPointer, at offset: Int, with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard offset + length <= source.count, let base = source.baseAddress else { return false }
        return memcmp(base + offset, prefix.utf8Start, length) == 0
    }
}
