import CivilTime

extension CalendarEvents {
    /// Every occurrence of every series that overlaps the half-open window `[from, to)`, in
    /// order of start (then of appearance in the file).
    ///
    /// Each series is expanded lazily: rules without `COUNT` jump straight to the window, so
    /// `FREQ=SECONDLY` over a century costs only the window's occurrences; rules with `COUNT`
    /// are counted from their start, at most ``maximumInstancesPerWindow`` instances per series.
    ///
    /// - Throws: ``RecurrenceError`` when a rule hits its search limit, a window lies beyond
    ///   ``maximumInstancesPerWindow``, or more than `limit` occurrences overlap the window.
    public func occurrences(from: Instant, to: Instant, limit: Int = 1_000_000) throws(RecurrenceError) -> [EventOccurrence] {
        var result: [EventOccurrence] = []
        for item in series {
            try item.collect(from: from, to: to, limit: limit, budget: maximumInstancesPerWindow, into: &result)
        }
        return Self.sorted(result)
    }

    /// Every occurrence of every series, which must all be finite (`COUNT`, `UNTIL` or no rule).
    ///
    /// - Throws: ``RecurrenceError`` naming the first infinite series and its line, or as
    ///   ``occurrences(from:to:limit:)``.
    public func allOccurrences(limit: Int = 1_000_000) throws(RecurrenceError) -> [EventOccurrence] {
        var result: [EventOccurrence] = []
        for item in series {
            guard item.recurrence.isFinite else {
                throw RecurrenceError(
                    .windowTooFar,
                    "line \(item.master.line ?? 0): \(item.master.name) '\(item.master.property("SUMMARY")?.textValue ?? "")' recurs forever; give a window (--between A B)"
                )
            }
            try item.collect(from: nil, to: nil, limit: limit, budget: maximumInstancesPerWindow, into: &result)
        }
        return Self.sorted(result)
    }

    /// Stable order by start; sorts small keys, then moves each occurrence once.
    private static func sorted(_ occurrences: [EventOccurrence]) -> [EventOccurrence] {
        let keys = occurrences.indices.map { (occurrences[$0].start.instant.secondsSinceEpoch, $0) }.sorted { $0 < $1 }
        return keys.map { occurrences[$0.1] }
    }
}

extension CalendarEvents.Series {
    func collect(from: Instant?, to: Instant?, limit: Int, budget: Int, into result: inout [EventOccurrence]) throws(RecurrenceError) {
        var cursor = recurrence.zone.map(ZoneCursor.init)
        let singles =
            overrides.isEmpty ? [:] : Dictionary(overrides.map { ($0.recurrenceID.instant, $0) }, uniquingKeysWith: { first, _ in first })
        let futures = overrides.isEmpty ? [] : overrides.filter(\.thisAndFuture).sorted { $0.recurrenceID < $1.recurrenceID }
        var margin: Int64 = 2 * 86_400 + Self.span(length)
        for override in overrides {
            margin = max(
                margin,
                2 * 86_400 + Self.span(override.length)
                    + abs(override.start.instant.secondsSinceEpoch - override.recurrenceID.instant.secondsSinceEpoch))
        }
        func inWindow(_ occurrence: EventOccurrence) -> Bool {
            guard let from, let to else { return true }
            return occurrence.overlaps(from: from, to: to)
        }
        func append(_ occurrence: EventOccurrence) throws(RecurrenceError) {
            guard inWindow(occurrence) else { return }
            guard result.count < limit else {
                throw RecurrenceError(.windowTooFar, "more than \(limit) occurrences; narrow the window")
            }
            result.append(occurrence)
        }
        for override in overrides {
            try append(
                EventOccurrence(
                    start: override.start, end: Self.end(of: override.start, override.length, cursor: &cursor),
                    recurrenceID: override.recurrenceID, component: override.component))
        }
        var iterator = try recurrence.makeIterator()
        if let from {
            let early = from.adding(seconds: -margin)
            let wall = cursor?.localDateTime(at: early) ?? early.utcDateTime
            if let wall { iterator.skip(toward: wall) }
        }
        var examined = 0
        while let instance = try iterator.next() {
            if let to, instance.instant.secondsSinceEpoch >= to.secondsSinceEpoch + margin { break }
            examined += 1
            if examined > budget {
                throw RecurrenceError(
                    .windowTooFar,
                    "line \(master.line ?? 0): more than \(budget) instances before the window ends; the rule has COUNT, so it must be counted from its start"
                )
            }
            if !singles.isEmpty && singles[instance.instant] != nil { continue }
            if !futures.isEmpty, let future = futures.last(where: { $0.recurrenceID.instant < instance.instant }) {
                let shift = future.start.instant.secondsSinceEpoch - future.recurrenceID.instant.secondsSinceEpoch
                let moved = Self.move(instance, by: shift, cursor: &cursor)
                try append(
                    EventOccurrence(
                        start: moved, end: Self.end(of: moved, future.length, cursor: &cursor), recurrenceID: instance,
                        component: future.component))
            } else {
                try append(
                    EventOccurrence(
                        start: instance, end: Self.end(of: instance, length, cursor: &cursor), recurrenceID: instance, component: master))
            }
        }
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
                let wall = LocalDateTime(secondsSinceEpoch: instant.secondsSinceEpoch + Int64(offset))
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
