/// Serialises events into ``SharedEvents``: each event is written once, into blocks of about
/// ``blockSize`` bytes, with the position of its `ATTENDEE` lines, its zones and its years.
///
/// ```swift
/// var writer = SharedEventsWriter()
/// let round = try writer.append([roundEvent, milestoneEvent])   // events 0..<2
/// let events = writer.finish()
/// let feeds = events.calendars([SharedCalendar.Contents(productID: id, events: [round])])
/// ```
///
/// Noncopyable: it owns the ``CalendarWriter`` whose buffer is the open block.
public struct SharedEventsWriter: ~Copyable {
    /// The size at which a block is closed and a new one begun.
    public static let blockSize = 1 << 20

    private var writer = CalendarWriter(reservingCapacity: blockSize + 65_536)
    private var events = SharedEvents()
    private var zoneNumbers: [String: Int32] = [:]
    /// The last zone looked up and its number: the events of one series share a zone.
    private var lastZone: (name: String, number: Int32)?

    /// A writer with no events yet.
    public init() {}

    /// Serialises `events` one after another and returns their numbers. Either all of them
    /// are kept or, when one cannot be written, none.
    ///
    /// - Throws: ``CalendarWriteError`` for the first event that cannot be written, its path
    ///   starting at `VEVENT` (`VEVENT > DESCRIPTION`).
    /// - Complexity: O(*n*) in the bytes written.
    public mutating func append(_ events: [CalendarEvent]) throws(CalendarWriteError) -> Range<Int> {
        let first = self.events.entries.count
        let blockStart = writer.count
        for event in events {
            let start = writer.count
            let attendees: Range<Int>
            do {
                attendees = try writer.writeMarkingAttendees(event)
            } catch {
                writer.count = blockStart
                writer.lineLength = 0
                self.events.entries.removeLast(self.events.entries.count - first)
                throw error
            }
            var years = YearSpan()
            years.include(event.start)
            years.include(event.end)
            self.events.entries.append(
                SharedEvents.Entry(
                    block: Int32(self.events.blocks.count), start: Int32(start), attendeesStart: Int32(attendees.lowerBound),
                    attendeesEnd: Int32(attendees.upperBound), end: Int32(writer.count), startZone: zoneNumber(of: event.start),
                    endZone: zoneNumber(of: event.end), years: years))
        }
        if writer.count >= Self.blockSize { closeBlock() }
        return first..<self.events.entries.count
    }

    /// The events written.
    public consuming func finish() -> SharedEvents {
        if writer.count > 0 { closeBlock() }
        return events
    }

    private mutating func closeBlock() {
        events.blocks.append(writer.bytes)
        writer.removeAll()
    }

    /// The number of `value`'s `TZID` among the zone names, -1 when it has none.
    private mutating func zoneNumber(of value: CalendarDateTime?) -> Int32 {
        guard case .zoned(_, let tzid)? = value else { return -1 }
        if let lastZone, lastZone.name == tzid { return lastZone.number }
        let number: Int32
        if let known = zoneNumbers[tzid] {
            number = known
        } else {
            number = Int32(events.zoneNames.count)
            events.zoneNames.append(tzid)
            zoneNumbers[tzid] = number
        }
        lastZone = (tzid, number)
        return number
    }
}
