/// Events serialised once each, to be shared by many calendars: a feed per series and one
/// with every event hold the same `VEVENT` bytes, and ``calendars(_:)`` assembles each
/// calendar from byte ranges of them instead of serialising its events again.
///
/// Made by a ``SharedEventsWriter`` (one per thread, if several), joined with
/// ``init(joining:)``. Events are numbered from 0 in the order they were appended. Each is
/// kept as written, with the position of its own `ATTENDEE` lines, so a calendar may show
/// it with or without attendees (RFC 5546 §3.2.1: `METHOD:PUBLISH` carries none) from the
/// same bytes: every property starts and ends a line, so leaving the run of `ATTENDEE` lines
/// out gives exactly what the writer writes for the event without attendees.
public struct SharedEvents: Sendable {
    /// Where one event's bytes lie, and what a calendar holding it needs.
    struct Entry: Sendable {
        /// The block holding the event.
        var block: Int32
        /// The event's bytes in the block, and its own `ATTENDEE` lines among them.
        var start: Int32
        var attendeesStart: Int32
        var attendeesEnd: Int32
        var end: Int32
        /// The `TZID`s of `DTSTART` and `DTEND` as indices of ``zoneNames``, -1 for none.
        var startZone: Int32
        var endZone: Int32
        /// The years of the event's `DTSTART` and `DTEND` dates.
        var years: YearSpan
    }

    /// Blocks of about ``SharedEventsWriter/blockSize`` bytes; an event never spans two.
    var blocks: [[UInt8]] = []
    var entries: [Entry] = []
    /// Every `TZID` the events name, each once.
    var zoneNames: [String] = []

    /// No events.
    public init() {}

    /// The events of `parts` one after another: the first part's keep their numbers, the
    /// second's follow, and so on.
    ///
    /// - Complexity: O(*n*) in the number of events; the bytes are not copied.
    public init(joining parts: [SharedEvents]) {
        entries.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts {
            let blockBase = Int32(blocks.count)
            let zoneMap = part.zoneNames.map { name -> Int32 in
                if let index = zoneNames.firstIndex(of: name) { return Int32(index) }
                zoneNames.append(name)
                return Int32(zoneNames.count - 1)
            }
            blocks += part.blocks
            for var entry in part.entries {
                entry.block += blockBase
                if entry.startZone >= 0 { entry.startZone = zoneMap[Int(entry.startZone)] }
                if entry.endZone >= 0 { entry.endZone = zoneMap[Int(entry.endZone)] }
                entries.append(entry)
            }
        }
    }

    /// The number of events.
    public var count: Int { entries.count }
}
