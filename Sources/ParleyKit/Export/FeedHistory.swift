import CivilTime
import ICalendar

/// What the feeds Parley wrote earlier say about each event, so that a new feed tells
/// calendar clients exactly what changed (RFC 5545 §3.8.7.4 `SEQUENCE`, §3.8.7.2 `DTSTAMP`;
/// RFC 5546 §2.1.4–§2.1.5):
///
/// - an event whose significant properties (``significant``: `DTSTART`, `DTEND`, `RRULE`,
///   `STATUS`, `LOCATION`, `SUMMARY`) are what the earlier feed has keeps its `SEQUENCE` and
///   `DTSTAMP`;
/// - one whose significant properties changed gets the earlier `SEQUENCE` plus one (at least
///   the plan's own value) and the plan's `DTSTAMP`;
/// - an event the earlier feeds lack gets the plan's values: `SEQUENCE` the number of
///   `moved from` lines, `DTSTAMP` ``FeedExporter/timestamp(of:)``.
///
/// So the same plan and the same folder always give the same bytes, and `SEQUENCE` grows on
/// every change a client must show (a move, new hours, a cancellation), not only on moves.
/// Only feeds Parley wrote are read (``isWrittenByParley(_:)``); an event that appears in
/// several of them takes the highest `SEQUENCE`.
public struct FeedHistory: Sendable {
    /// What an earlier feed said about one event.
    struct Entry: Sendable {
        let sequence: Int
        let timestamp: Instant
        let signature: [CalendarProperty]
    }

    /// The properties whose change a client must show: RFC 5546 §2.1.4's list for a
    /// `VEVENT` (`DTSTART`, `DTEND`, `RRULE`, `STATUS`; Parley writes no `DURATION`, `RDATE`
    /// or `EXDATE`) plus `LOCATION` and `SUMMARY`, which people read.
    static let significant = ["DTSTART", "DTEND", "RRULE", "STATUS", "LOCATION", "SUMMARY"]

    /// Each earlier event by `UID`.
    let entries: [String: Entry]

    /// No earlier feeds: every event gets the plan's values.
    public static let empty = FeedHistory(entries: [:])

    private init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// The history in `feeds` (the bytes of `.ics` files); files Parley did not write, and
    /// files that cannot be read, are skipped. Each file is read event by event
    /// (``ICalendar/CalendarReader/read(bytes:each:)``), never held as one tree.
    public init(feeds: [[UInt8]]) {
        var entries: [String: Entry] = [:]
        for bytes in feeds {
            var byCalendar: [Int: [String: Entry]] = [:]
            guard
                let result = try? CalendarReader().read(
                    bytes: bytes, properties: Self.recorded,
                    each: { component, calendar in
                        guard component.name == "VEVENT" else { return }
                        Self.record(component, into: &byCalendar[calendar, default: [:]])
                    }),
                let first = result.components.firstIndex(where: { $0.name == "VCALENDAR" }),
                Self.isParleys(result.components[first])
            else { continue }
            for (uid, entry) in byCalendar[first] ?? [:] where entries[uid].map({ $0.sequence < entry.sequence }) ?? true {
                entries[uid] = entry
            }
        }
        self.entries = entries
    }

    /// The history in `calendars` (`VCALENDAR`s Parley wrote, already read).
    init(calendars: [CalendarComponent]) {
        var entries: [String: Entry] = [:]
        for calendar in calendars {
            for event in calendar.components(named: "VEVENT") { Self.record(event, into: &entries) }
        }
        self.entries = entries
    }

    /// Adds what `event` says to `entries`, unless an event with its `UID` and at least its
    /// `SEQUENCE` is there already; events without a `UID` or a UTC `DTSTAMP` are skipped.
    private static func record(_ event: CalendarComponent, into entries: inout [String: Entry]) {
        guard let uid = event.property("UID")?.textValue else { return }
        let sequence = event.property("SEQUENCE").flatMap { Int($0.value) } ?? 0
        guard entries[uid].map({ $0.sequence < sequence }) ?? true else { return }
        let stamp: Instant
        switch event.property("DTSTAMP")?.dateTimeValue {
        case .utc(let value)?: stamp = ZoneRules.utc.instant(for: value)
        default: return
        }
        entries[uid] = Entry(sequence: sequence, timestamp: stamp, signature: signature(of: event))
    }

    /// Whether `bytes` is a feed Parley wrote: a `VCALENDAR` with Parley's `PRODID`
    /// (``FeedExporter/productID``) and an `X-WR-CALNAME`.
    public static func isWrittenByParley(_ bytes: [UInt8]) -> Bool {
        guard let calendar = try? CalendarReader().read(bytes: bytes).calendar else { return false }
        return isParleys(calendar)
    }

    /// Whether `calendar` carries Parley's `PRODID` and an `X-WR-CALNAME`.
    private static func isParleys(_ calendar: CalendarComponent) -> Bool {
        calendar.property("PRODID")?.value == FeedExporter.productID && calendar.property("X-WR-CALNAME") != nil
    }

    /// The significant properties of `event` in wire form, by name, without line numbers.
    static func signature(of event: CalendarComponent) -> [CalendarProperty] {
        signature(event.properties)
    }

    /// `properties` (an event's, in order) reduced to the significant ones: by name in the
    /// order of ``significant``, each name's in their order, without line numbers.
    private static func signature(_ properties: [CalendarProperty]) -> [CalendarProperty] {
        significant.flatMap { name in
            properties.filter { $0.name == name }.map { CalendarProperty(name: $0.name, parameters: $0.parameters, value: $0.value) }
        }
    }

    private static let significantNames = Set(significant)

    /// The properties ``record(_:into:)`` reads; a feed's other lines are skipped unread.
    private static let recorded = significantNames.union(["UID", "SEQUENCE", "DTSTAMP"])

    /// Sets `event`'s `SEQUENCE` and `DTSTAMP` from the history, given the plan's values.
    func stamp(_ event: inout CalendarEvent, sequence: Int, timestamp: Instant) {
        guard let earlier = entries[event.uid] else {
            event.sequence = sequence
            event.timestamp = timestamp
            return
        }
        if earlier.signature == Self.signature(event.properties(named: Self.significantNames)) {
            event.sequence = earlier.sequence
            event.timestamp = earlier.timestamp
        } else {
            event.sequence = max(earlier.sequence + 1, sequence)
            event.timestamp = timestamp
        }
    }
}
