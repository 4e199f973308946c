/// One person's rounds in time order, swept once: the rounds that overlap, and each round
/// with the one before it (the latest-ending earlier round) and the time between them.
///
/// Whole-day rounds in different zones share a few hours of absolute time when they are on
/// consecutive local days (Moscow's 2026-03-10 is not over when Jakarta's 2026-03-11
/// begins), so two all-day rounds overlap only when they share more than half a day; less
/// counts as no day between them. Timed sessions overlap when they share any time.
public enum Timeline {
    /// The most two all-day rounds may share and still count as consecutive, in seconds.
    public static let allDaySlack: Int64 = 43_200

    /// Two of a person's rounds, the earlier first.
    public struct Pair: Hashable, Sendable {
        /// The earlier-starting round.
        public let earlier: Attendance
        /// The later-starting round.
        public let later: Attendance
        /// Seconds from the end of ``earlier`` to the start of ``later`` (negative when all-day
        /// rounds share less than half a day); `nil` when they overlap.
        public let gap: Int64?

        /// The gap in whole days, rounded to the nearest day, so that a zone difference does
        /// not count as a day: Moscow's 2026-03-10 ends 20 hours before Jakarta's 2026-03-12
        /// begins, and the day between them, 2026-03-11, counts as one travel day.
        public var gapDays: Int? { gap.map(Timeline.days) }

        /// The travel days the gap must hold: one trip serves both rounds, so the larger of
        /// the days the earlier needs after it and the later needs before it.
        public var travelDaysNeeded: Int { max(earlier.travelDays, later.travelDays) }

        /// Whether the rounds share time, or leave fewer days between them than their travel needs.
        public var isDoubleBooked: Bool {
            guard let days = gapDays else { return true }
            return days < travelDaysNeeded
        }
    }

    /// `seconds` in whole days, rounded to the nearest (half a day rounds up; never negative).
    static func days(_ seconds: Int64) -> Int { max(0, Int((seconds + 43_200) / 86_400)) }

    /// Whether two ranges overlap for the conflict rules (all-day rounds: by more than ``allDaySlack``).
    static func overlaps(_ first: InstantRange, _ second: InstantRange, allDay: Bool) -> Bool {
        min(first.end, second.end) - max(first.start, second.start) > (allDay ? allDaySlack : 0)
    }

    /// The overlapping pairs and the consecutive pairs of `attendances` (sorted by start).
    /// - Complexity: O(*n* + *k*) for *k* overlapping pairs.
    public static func pairs(_ attendances: [Attendance]) -> [Pair] {
        pairs(attendances, limit: .max, overlapping: { _ in true }, consecutive: { _ in true }).pairs
    }

    /// The pairs of ``pairs(_:)`` that are included, the first `limit` of them, and how many
    /// more there are. An overlapping pair is included when `overlapping` holds for its later
    /// round, a consecutive pair when `consecutive` holds for it. Past `limit` the overlapping
    /// pairs are counted, not listed: how many earlier rounds are still open is one query of
    /// their ends, so a thousand rounds at once cost *n* log *n*, not a million comparisons.
    /// With `focus` (positions in the check's occurrences), only the pairs with a side in it:
    /// a probe's candidate among a thousand rounds at once costs a thousand comparisons.
    /// - Complexity: O(*n* log *n* + *m*·*n*) where *m* ≤ `limit` + 1 rounds are walked before the limit is reached.
    public static func pairs(
        _ attendances: [Attendance], limit: Int, focus: Set<Int>? = nil, overlapping includeOverlap: (Attendance) -> Bool,
        consecutive includeGap: (Pair) -> Bool
    ) -> (pairs: [Pair], more: Int) {
        var pairs: [Pair] = []
        var more = 0
        func add(_ pair: Pair) {
            if pairs.count < limit { pairs.append(pair) } else { more += 1 }
        }
        // The earlier attendances still open (with `focus`, only those in it), walked while under the limit.
        var open: [Int] = []
        // The ends of every earlier attendance and of those in focus, all-day and timed apart, counted past the limit.
        let ends = attendances.map(\.range.end)
        var every = EarlierEnds(allDay: OpenEnds(ends), timed: OpenEnds(ends))
        var inFocus = focus == nil ? nil : every
        var latest: Int?
        for (position, attendance) in attendances.enumerated() {
            let focused = focus?.contains(attendance.occurrence) ?? true
            let latestOverlaps = latest.map {
                overlaps(attendances[$0].range, attendance.range, allDay: attendances[$0].isAllDay && attendance.isAllDay)
            }
            if pairs.count < limit {
                open.removeAll { attendances[$0].range.end <= attendance.range.start }
                if includeOverlap(attendance) {
                    // A focused attendance meets every earlier one, not only the focused.
                    let earlierOpen =
                        focus != nil && focused
                        ? attendances.indices[..<position].filter { attendances[$0].range.end > attendance.range.start } : open
                    for earlier in earlierOpen
                    where overlaps(
                        attendances[earlier].range, attendance.range, allDay: attendances[earlier].isAllDay && attendance.isAllDay)
                    {
                        add(Pair(earlier: attendances[earlier], later: attendance, gap: nil))
                    }
                }
            } else if includeOverlap(attendance) {
                more += (focused ? every : inFocus ?? every).overlapping(attendance)
            }
            if let latest, latestOverlaps == false, focused || focus?.contains(attendances[latest].occurrence) == true {
                let pair = Pair(
                    earlier: attendances[latest], later: attendance, gap: attendance.range.start - attendances[latest].range.end)
                if includeGap(pair) { add(pair) }
            }
            if focused, pairs.count < limit { open.append(position) }
            every.insert(attendance)
            if focused { inFocus?.insert(attendance) }
            if latest.map({ attendances[$0].range.end < attendance.range.end }) ?? true { latest = position }
        }
        return (pairs, more)
    }

    /// The ends of earlier attendances, all-day and timed apart.
    private struct EarlierEnds {
        var allDay: OpenEnds
        var timed: OpenEnds

        mutating func insert(_ attendance: Attendance) {
            if attendance.isAllDay { allDay.insert(attendance.range.end) } else { timed.insert(attendance.range.end) }
        }

        /// How many of them overlap `attendance`, which starts no earlier than any of them: the
        /// shared time is from its start to the earlier end, so counting ends is enough.
        func overlapping(_ attendance: Attendance) -> Int {
            let start = attendance.range.start
            let slack = attendance.isAllDay ? Timeline.allDaySlack : 0
            let fromTimed = attendance.range.length > 0 ? timed.count(endingAfter: start) : 0
            let fromAllDay = attendance.range.length > slack ? allDay.count(endingAfter: start + slack) : 0
            return fromTimed + fromAllDay
        }
    }
}
