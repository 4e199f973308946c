import CivilTime

extension OccurrenceStream {
    /// A contiguous stretch of a calendar's series set up for the stream: the occurrences in the
    /// window of its single events and of the series worked out whole while set up, in the
    /// stream's order, and the other recurring series that may reach it, each with its place
    /// among all series; or the error of the stretch's first series that cannot be expanded.
    ///
    /// `@unchecked Sendable`: it carries new ``SeriesOccurrences`` from the thread that set them
    /// up to the stream's, which is their only owner from then on.
    struct Prepared: @unchecked Sendable {
        var ready: [Ready] = []
        var recurring: [(index: Int, occurrences: SeriesOccurrences)] = []
        var failure: RecurrenceError?

        /// The series `all[range]`, set up for the window `[from, to)` (with `nil`, every
        /// occurrence), at most `budget` instances each; the recurring ones' first `ahead`
        /// occurrences between them generated now (see ``SeriesOccurrences/generateAhead(upTo:)``).
        init(_ all: [CalendarEvents.Series], _ range: Range<Int>, from: Instant?, to: Instant?, budget: Int, ahead: Int) {
            var ahead = ahead
            // Each series is read in place (`all[index]`), not copied: a copy of a series costs a
            // reference count on each of its parts, and every series is read here once.
            for index in range {
                if all[index].overrides.isEmpty, all[index].recurrence.rules.isEmpty, all[index].recurrence.dates.isEmpty,
                    all[index].recurrence.exclusions.isEmpty
                {
                    // Its one occurrence, worked out when the series was made.
                    let (start, end) = all[index].first
                    let occurrence = OccurrenceTimes(start: start, end: end, recurrenceID: start, event: 0)
                    if occurrence.overlaps(from: from, to: to) { ready.append((occurrence, index)) }
                    continue
                }
                if let to, from != nil, all[index].overrides.isEmpty, Self.startsAfter(all[index].recurrence, to) { continue }
                do {
                    let occurrences = try SeriesOccurrences(all[index], from: from, to: to, budget: budget)
                    ahead -= occurrences.generateAhead(upTo: ahead)
                    guard occurrences.isWorkedOut else {
                        recurring.append((index, occurrences))
                        continue
                    }
                    while let times = try occurrences.next() { ready.append((times, index)) }
                } catch {
                    failure = error
                    return
                }
            }
            // In order of start, then of place in the list: that is of series, then of each
            // series' own order. Gathered here, on every core, so that the merge on one core
            // reads each list in order (read through a list of positions instead, the merge took
            // twice as long).
            ready = OccurrenceTimes.inOrderOfStart(ready) { $0.occurrence }
        }

        /// Whether every instance of `set` starts two days or more after `to`, so that none reaches
        /// into a window ending there: a rule's starts never come before `DTSTART` but by a DST gap
        /// (RFC 5545 §3.3.5 moves `DTSTART` in a gap forward), so the earliest of `DTSTART` and the
        /// `RDATE`s bounds them all. Most series of a large calendar start after a year's window.
        private static func startsAfter(_ set: RecurrenceSet, _ to: Instant) -> Bool {
            let limit = to.secondsSinceEpoch + 2 * 86_400
            guard set.instance(for: set.start).instant.secondsSinceEpoch >= limit else { return false }
            return set.dates.allSatisfy { set.instance(for: $0).instant.secondsSinceEpoch >= limit }
        }
    }
}
