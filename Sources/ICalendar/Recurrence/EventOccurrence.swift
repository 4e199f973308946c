import CivilTime

/// One occurrence of an event (or to-do) in a calendar: its start and end, the instance it
/// stands for (`RECURRENCE-ID`), and the component that describes it — the master, or the
/// override that replaced this instance.
public struct EventOccurrence: Hashable, Sendable {
    /// The start.
    public var start: RecurrenceInstance
    /// The end (equal to `start` for an event without `DTEND` or `DURATION` and a DATE-TIME start).
    public var end: RecurrenceInstance
    /// The generated instance this occurrence stands for.
    public var recurrenceID: RecurrenceInstance
    /// The component: the master event, or an override with the same `UID` and this `RECURRENCE-ID`.
    public var component: CalendarComponent { source.component }
    /// The line of the component's `BEGIN:` line, known without reading the component (which
    /// may be read again from the file's bytes; see ``component``).
    public var line: Int? { source.line }
    /// The event it is an occurrence of (shared, not copied, by every occurrence of it).
    let source: EventSource

    /// An occurrence of `source` from its parts.
    /// The occurrence `times` stands for, of `source`.
    init(_ times: OccurrenceTimes, of source: EventSource) {
        self.init(start: times.start, end: times.end, recurrenceID: times.recurrenceID, source: source)
    }

    init(start: RecurrenceInstance, end: RecurrenceInstance, recurrenceID: RecurrenceInstance, source: EventSource) {
        self.start = start
        self.end = end
        self.recurrenceID = recurrenceID
        self.source = source
    }

    /// Whether the two have the same times and the same component.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.recurrenceID == rhs.recurrenceID
            && (lhs.source === rhs.source || lhs.component == rhs.component)
    }

    /// Hashes the times and the component's line (equal occurrences have equal components).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(recurrenceID)
        hasher.combine(source.line)
    }

    /// Whether the occurrence overlaps the half-open window `[from, to)`; an occurrence of zero
    /// length overlaps when its start is inside it.
    public func overlaps(from: Instant, to: Instant) -> Bool {
        Self.overlaps(start: start.instant, end: end.instant, from: from, to: to)
    }

    /// Whether `[start, end)` overlaps `[from, to)`; an occurrence lasting no time, when `start`
    /// is in it.
    static func overlaps(start: Instant, end: Instant, from: Instant, to: Instant) -> Bool {
        if start == end { return start >= from && start < to }
        return start < to && end > from
    }
}
