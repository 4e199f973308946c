import CivilTime

/// One rule's starts as ``RecurrenceInstance``s in time order: the wall-clock times a
/// ``RecurrenceRuleIterator`` generates, placed in a zone by RFC 5545 §3.3.5.
///
/// Wall-clock order is time order except across a DST gap: §3.3.5 moves a time in the gap
/// forward by the gap's length, past the times generated just after it. `FREQ=MINUTELY;INTERVAL=45`
/// from 00:15 in Europe/London on 2026-03-29 generates 01:00 and 01:45, in the gap (02:00 and
/// 02:45 BST), then 02:30 BST, which comes before 02:45. So a start is handed on only once the
/// rule has generated its wall-clock time at its instant (02:45 for 01:45): every wall-clock
/// time from there on names that instant or a later one.
/// A start in a gap can name the same instant as a later start (01:30 and 02:30 both name
/// 02:30 BST); both are produced, next to each other.
public struct RecurrenceInstanceIterator: Sendable {
    private var rule: RecurrenceRuleIterator
    /// The zone of the starts, when ``isZoned`` (UTC, unused, for dates and floating times).
    private var cursor: ZoneCursor
    private let isZoned: Bool
    private let isDate: Bool
    /// Starts generated but not yet handed on, in time order (more than one only around a gap).
    private var pending: [RecurrenceInstance] = []
    /// The last wall-clock time the rule generated.
    private var reached: LocalDateTime?
    private var finished = false

    /// The starts of `rule`, placed in `zone` (`nil`: floating), or whole days when `isDate`.
    public init(rule: RecurrenceRuleIterator, zone: ZoneRules?, isDate: Bool) {
        self.rule = rule
        isZoned = !isDate && zone != nil
        cursor = ZoneCursor(zone: isZoned ? zone ?? .utc : .utc)
        self.isDate = isDate
    }

    /// Moves the rule forward toward `local` (``RecurrenceRuleIterator/skip(toward:)``). Call
    /// before the first ``next()``.
    public mutating func skip(toward local: LocalDateTime) {
        rule.skip(toward: local)
    }

    /// The next start in time order, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` from the rule (its search limit).
    public mutating func next() throws(RecurrenceError) -> RecurrenceInstance? {
        while !finished {
            if let first = pending.first, let reached,
                first.instant.secondsSinceEpoch + Int64(first.utcOffset ?? 0) <= reached.secondsSinceEpoch
            {
                break
            }
            guard let local = try rule.next() else {
                finished = true
                break
            }
            reached = local
            let instance =
                isZoned ? RecurrenceInstance(local: local, cursor: &cursor) : RecurrenceInstance(local: local, zone: nil, isDate: isDate)
            // Nothing waits and the time is not in a gap (nearly always): it is the next start.
            if pending.isEmpty, instance.instant.secondsSinceEpoch + Int64(instance.utcOffset ?? 0) <= local.secondsSinceEpoch {
                return instance
            }
            let position = pending.lastIndex { $0 <= instance }.map { $0 + 1 } ?? 0
            pending.insert(instance, at: position)
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }
}
