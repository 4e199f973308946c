import CivilTime

/// An occurrence on its way through an ``OccurrenceStream``: its times, and which event of its
/// series describes it, by place (see ``SeriesOccurrences``). Plain values only: the merge
/// copies an occurrence at every step, and the reference an ``EventOccurrence`` holds would be
/// counted (an atomic operation) at each copy; the stream makes one when it hands one on.
struct OccurrenceTimes {
    var start: RecurrenceInstance
    var end: RecurrenceInstance
    var recurrenceID: RecurrenceInstance
    /// The event's place: 0 the series' master, then its overrides in order
    /// (``CalendarEvents/Series/event(at:)``).
    var event: Int

    /// `items` in order of the start of their occurrence `times`, and in their own order on
    /// equal starts. The keys are sorted, then the items gathered in that order: each is copied
    /// once, not moved at every step of a sort.
    static func inOrderOfStart<Item>(_ items: [Item], times: (Item) -> OccurrenceTimes) -> [Item] {
        guard items.count > 1 else { return items }
        let keys = items.indices.map { (times(items[$0]).start.instant.secondsSinceEpoch, $0) }.sorted { $0 < $1 }
        return keys.map { items[$0.1] }
    }

    /// Whether the occurrence overlaps `[from, to)`; with `nil`, always.
    func overlaps(from: Instant?, to: Instant?) -> Bool {
        guard let from, let to else { return true }
        return EventOccurrence.overlaps(start: start.instant, end: end.instant, from: from, to: to)
    }
}
