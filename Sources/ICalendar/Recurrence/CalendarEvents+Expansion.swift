import CivilTime

extension CalendarEvents {
    /// Every occurrence of every series that overlaps the half-open window `[from, to)`, in
    /// order of start (then of appearance in the file): ``occurrenceStream(from:to:limit:)``
    /// collected.
    ///
    /// - Throws: ``RecurrenceError`` when a rule hits its search limit, a window lies beyond
    ///   ``maximumInstancesPerWindow``, or more than `limit` occurrences overlap the window.
    public func occurrences(from: Instant, to: Instant, limit: Int = 1_000_000) throws(RecurrenceError) -> [EventOccurrence] {
        try occurrenceStream(from: from, to: to, limit: limit).collected()
    }

    /// Every occurrence of every series, which must all be finite (`COUNT`, `UNTIL` or no rule).
    ///
    /// - Throws: ``RecurrenceError`` naming the first infinite series and its line, or as
    ///   ``occurrences(from:to:limit:)``.
    public func allOccurrences(limit: Int = 1_000_000) throws(RecurrenceError) -> [EventOccurrence] {
        try occurrenceStream(from: nil, to: nil, limit: limit).collected()
    }

    /// The occurrences that overlap `[from, to)` (with `nil`, every occurrence of series that
    /// all end), one at a time in order of start, then of appearance in the file.
    ///
    /// Each series is expanded lazily: rules without `COUNT` jump straight to the window, so
    /// `FREQ=SECONDLY` over a century costs only the window's occurrences; rules with `COUNT`
    /// are counted from their start, at most ``maximumInstancesPerWindow`` instances per series.
    ///
    /// - Throws: ``RecurrenceError`` without a window when a series recurs forever (naming its
    ///   line); the stream throws as ``occurrences(from:to:limit:)`` does.
    public func occurrenceStream(from: Instant?, to: Instant?, limit: Int = 1_000_000) throws(RecurrenceError) -> OccurrenceStream {
        try OccurrenceStream(self, from: from, to: to, limit: limit)
    }
}

extension OccurrenceStream {
    /// Every remaining occurrence.
    func collected() throws(RecurrenceError) -> [EventOccurrence] {
        var result: [EventOccurrence] = []
        while let occurrence = try next() { result.append(occurrence) }
        return result
    }
}
