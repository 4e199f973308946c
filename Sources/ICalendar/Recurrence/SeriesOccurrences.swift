import CivilTime

/// One series' occurrences that overlap a window, lazily, in order of start; on equal starts
/// its overrides first (in file order), then its generated instances (in their order). That is
/// the order a stable sort by start gives the overrides followed by the generated instances.
///
/// The recurrence set's instances come in time order (``RecurrenceSetIterator``), so a series
/// without `RANGE=THISANDFUTURE` overrides is walked as it is read: only its overrides (few,
/// read once) wait in a buffer. An instance moved by a `THISANDFUTURE` override can land before
/// earlier ones, so such a series is walked to its end first and sorted (still bounded by the
/// window).
///
/// A class: the merge advances one series at a time in place, and a series' state (its
/// iterator, zone, read-ahead occurrence) is too large to copy at every step. That state is
/// `@exclusivity(unchecked)`: only the series' own methods touch it, one at a time, from the
/// stream that owns it, so the runtime's check of every access could never fail.
final class SeriesOccurrences {
    /// The line of the series' master, for the error of a spent budget.
    private let line: Int?
    private let length: CalendarEvents.Length
    private let from: Instant?
    private let to: Instant?
    private let budget: Int
    @exclusivity(unchecked) private var cursor: ZoneCursor?
    /// The instances the overrides replace (those are left out of the generated ones).
    private let replaced: Set<Instant>
    /// The `THISANDFUTURE` overrides with their places among the series' events
    /// (``CalendarEvents/Series/event(at:)``), by the instance they start at.
    private let futures: [(override: CalendarEvents.Override, event: Int)]
    /// How far before the window an instance can start and still reach into it.
    private let margin: Int64
    /// `nil` once every instance was generated.
    @exclusivity(unchecked) private var iterator: RecurrenceSetIterator?
    @exclusivity(unchecked) private var examined = 0
    /// Occurrences in order of start, served before a generated one that does not start earlier.
    @exclusivity(unchecked) private var buffered: [OccurrenceTimes] = []
    @exclusivity(unchecked) private var bufferedIndex = 0
    /// The next generated occurrence, read ahead, when ``hasGenerated``.
    @exclusivity(unchecked) private var generated: OccurrenceTimes
    @exclusivity(unchecked) private var hasGenerated = false
    /// Occurrences generated ahead (``generateAhead(upTo:)``), served in order after
    /// ``generated``; then the error that stopped them, if one did, where it was met.
    @exclusivity(unchecked) private var ahead: [OccurrenceTimes] = []
    @exclusivity(unchecked) private var aheadIndex = 0
    @exclusivity(unchecked) private var aheadFailure: RecurrenceError?
    /// Whether ``generateAhead(upTo:)`` generated every occurrence left (none fails).
    private(set) var isWorkedOut = false

    /// The occurrences of `series` overlapping `[from, to)` (every one with `nil`), at most
    /// `budget` instances generated.
    ///
    /// - Throws: ``RecurrenceError`` when a rule cannot be expanded or the budget is spent.
    init(_ series: CalendarEvents.Series, from: Instant?, to: Instant?, budget: Int) throws(RecurrenceError) {
        line = series.source.line
        length = series.length
        self.from = from
        self.to = to
        self.budget = budget
        var cursor = series.recurrence.zone.map(ZoneCursor.init)
        let overrides = series.overrides
        replaced = Set(overrides.map(\.recurrenceID.instant))
        futures = overrides.enumerated().filter(\.element.thisAndFuture).map { ($0.element, $0.offset + 1) }
            .sorted { $0.override.recurrenceID < $1.override.recurrenceID }
        var margin: Int64 = 2 * 86_400 + Self.span(series.length)
        for override in overrides {
            margin = max(
                margin,
                2 * 86_400 + Self.span(override.length)
                    + abs(override.start.instant.secondsSinceEpoch - override.recurrenceID.instant.secondsSinceEpoch))
        }
        self.margin = margin
        var own: [OccurrenceTimes] = []
        for (index, override) in overrides.enumerated() {
            let occurrence = OccurrenceTimes(
                start: override.start, end: Self.end(of: override.start, override.length, cursor: &cursor),
                recurrenceID: override.recurrenceID, event: index + 1)
            if occurrence.overlaps(from: from, to: to) { own.append(occurrence) }
        }
        var iterator = try series.recurrence.makeIterator()
        if let from {
            let early = from.adding(seconds: -margin)
            let wall = cursor?.localDateTime(at: early) ?? early.utcDateTime
            if let wall { iterator.skip(toward: wall) }
        }
        self.cursor = cursor
        self.iterator = iterator
        // A value until the first is read ahead (never handed on while hasGenerated is false).
        generated = OccurrenceTimes(start: series.first.start, end: series.first.start, recurrenceID: series.first.start, event: 0)
        if !futures.isEmpty {
            while let occurrence = try nextGenerated() { own.append(occurrence) }
        }
        buffered = OccurrenceTimes.inOrderOfStart(own) { $0 }
        if futures.isEmpty { try readAhead() }
    }

    /// The start (seconds since 1970) of the occurrence ``next()`` gives, or `nil` at the end.
    var nextStart: Int64? {
        let waiting = bufferedIndex < buffered.count ? buffered[bufferedIndex].start.instant.secondsSinceEpoch : nil
        guard hasGenerated else { return waiting }
        let coming = generated.start.instant.secondsSinceEpoch
        return min(waiting ?? coming, coming)
    }

    /// The next occurrence in order of start, or `nil` at the end.
    ///
    /// - Throws: ``RecurrenceError`` when a rule cannot be expanded or the budget is spent.
    func next() throws(RecurrenceError) -> OccurrenceTimes? {
        if bufferedIndex < buffered.count,
            buffered[bufferedIndex].start.instant.secondsSinceEpoch <= (hasGenerated ? generated.start.instant.secondsSinceEpoch : .max)
        {
            bufferedIndex += 1
            return buffered[bufferedIndex - 1]
        }
        guard hasGenerated else { return nil }
        let current = generated
        try readAhead()
        return current
    }

    /// Reads the next generated occurrence ahead into ``generated``.
    ///
    /// - Throws: ``RecurrenceError`` when a rule cannot be expanded or the budget is spent.
    private func readAhead() throws(RecurrenceError) {
        if let following = try nextGenerated() {
            generated = following
            hasGenerated = true
        } else {
            hasGenerated = false
        }
    }

    /// Generates up to `count` of the occurrences that follow now, on the calling thread, so
    /// that the merge (on one thread) only hands them on; how many it generated. An error is
    /// kept and thrown after the occurrences before it, as if met then.
    func generateAhead(upTo count: Int) -> Int {
        defer { isWorkedOut = iterator == nil && aheadFailure == nil }
        guard hasGenerated else { return 0 }
        do {
            while ahead.count < count, let occurrence = try generate() { ahead.append(occurrence) }
        } catch {
            aheadFailure = error
        }
        return ahead.count
    }

    /// The next generated occurrence: one generated ahead, else a new one.
    private func nextGenerated() throws(RecurrenceError) -> OccurrenceTimes? {
        if aheadIndex < ahead.count {
            aheadIndex += 1
            return ahead[aheadIndex - 1]
        }
        if let aheadFailure { throw aheadFailure }
        if !ahead.isEmpty {
            // All handed on: their memory goes.
            ahead = []
            aheadIndex = 0
        }
        return try generate()
    }

    /// The next generated instance that overlaps the window, as an occurrence (moved by a
    /// `THISANDFUTURE` override when one applies), or `nil` at the end.
    private func generate() throws(RecurrenceError) -> OccurrenceTimes? {
        while let instance = try iterator?.next() {
            if let to, instance.instant.secondsSinceEpoch >= to.secondsSinceEpoch + margin { break }
            examined += 1
            if examined > budget {
                throw RecurrenceError(
                    .windowTooFar,
                    "line \(line ?? 0): more than \(budget) instances before the window ends; the rule has COUNT, so it must be counted from its start"
                )
            }
            if !replaced.isEmpty && replaced.contains(instance.instant) { continue }
            let occurrence: OccurrenceTimes
            if !futures.isEmpty, let (future, event) = futures.last(where: { $0.override.recurrenceID.instant < instance.instant }) {
                let shift = future.start.instant.secondsSinceEpoch - future.recurrenceID.instant.secondsSinceEpoch
                let moved = Self.move(instance, by: shift, cursor: &cursor)
                occurrence = OccurrenceTimes(
                    start: moved, end: Self.end(of: moved, future.length, cursor: &cursor), recurrenceID: instance, event: event)
            } else {
                occurrence = OccurrenceTimes(
                    start: instance, end: Self.end(of: instance, length, cursor: &cursor), recurrenceID: instance, event: 0)
            }
            if occurrence.overlaps(from: from, to: to) { return occurrence }
        }
        iterator = nil
        return nil
    }

    private static func span(_ length: CalendarEvents.Length) -> Int64 {
        switch length {
        case .exact(let seconds): abs(seconds)
        case .nominal(let duration): Int64(abs(duration.signedDays)) * 86_400 + 7_200 + Int64(abs(duration.signedSeconds))
        }
    }

    /// The instance `seconds` later (exact time), read on the same clock (`cursor`: the
    /// series' zone, `nil` for dates and floating times).
    static func move(_ instance: RecurrenceInstance, by seconds: Int64, cursor: inout ZoneCursor?) -> RecurrenceInstance {
        guard seconds != 0 else { return instance }
        let instant = instance.instant.adding(seconds: seconds)
        switch instance.kind {
        case .zoned:
            guard let offset = cursor?.offset(at: instant),
                let wall = instance.local.adding(seconds: instant.secondsSinceEpoch + Int64(offset) - instance.local.secondsSinceEpoch)
            else {
                return RecurrenceInstance(local: instance.local, instant: instant, kind: .zoned, utcOffset: instance.utcOffset)
            }
            return RecurrenceInstance(local: wall, instant: instant, kind: .zoned, utcOffset: offset)
        case .date, .floating:
            let wall = instance.local.adding(seconds: seconds) ?? instance.local
            return RecurrenceInstance(local: wall, instant: instant, kind: instance.kind, utcOffset: nil)
        }
    }

    /// The end of an occurrence starting at `start`: exact lengths are added to the instant;
    /// nominal days to the wall-clock date (RFC 5545 §3.3.6), then exact seconds to the instant.
    static func end(of start: RecurrenceInstance, _ length: CalendarEvents.Length, cursor: inout ZoneCursor?) -> RecurrenceInstance {
        switch length {
        case .exact(let seconds):
            return move(start, by: seconds, cursor: &cursor)
        case .nominal(let duration):
            let wallStart: LocalDateTime
            switch start.kind {
            case .zoned: wallStart = cursor?.localDateTime(at: start.instant) ?? start.local
            case .date, .floating: wallStart = start.local
            }
            let days = duration.signedDays
            guard let shiftedDate = days == 0 ? wallStart.date : wallStart.date.adding(days: days) else { return start }
            let dayMoved = LocalDateTime(date: shiftedDate, time: wallStart.time)
            let base: RecurrenceInstance
            switch start.kind {
            case .zoned:
                if let (instant, offset) = cursor?.resolve(dayMoved) {
                    base = RecurrenceInstance(local: dayMoved, instant: instant, kind: .zoned, utcOffset: offset)
                } else {
                    base = RecurrenceInstance(local: dayMoved, zone: nil)
                }
            case .date: base = RecurrenceInstance(local: dayMoved, zone: nil, isDate: true)
            case .floating: base = RecurrenceInstance(local: dayMoved, zone: nil)
            }
            return move(base, by: Int64(duration.signedSeconds), cursor: &cursor)
        }
    }
}
