import Basics

extension Timeline {
    /// A person's rounds, sorted by start, asked whether one of them moved to a new range
    /// would clash with any other (as ``Timeline/clashes(_:allDay:travelDays:with:)``),
    /// comparing only the rounds near enough to clash: those starting from the longest
    /// round's length plus the travel allowance before the candidate to the allowance after it.
    ///
    /// A round can clash by travel days only when the gap is under `needed` days, and
    /// `needed` is at most the largest travel days of the candidate and the others, so any
    /// round farther away than that is clear.
    struct Others: Sendable {
        /// The rounds, by start.
        let attendances: [Attendance]
        /// The length of the longest of them.
        private let longest: Int64
        /// The most travel days any of them needs.
        private let mostTravelDays: Int

        /// The rounds `attendances`, which must be sorted by start.
        init(_ attendances: [Attendance]) {
            self.attendances = attendances
            longest = attendances.lazy.map(\.range.length).max() ?? 0
            mostTravelDays = attendances.lazy.map(\.travelDays).max() ?? 0
        }

        /// Whether `candidate` (a round needing `travelDays` as a guest) clashes with any of
        /// them but the round at `excluded` (the position in ``Expansion/occurrences`` of the
        /// round being moved).
        /// - Complexity: O(log *n* + *m*) for the *m* rounds within reach.
        func clashes(_ candidate: InstantRange, allDay: Bool, travelDays: Int, excluding excluded: Int) -> Bool {
            let reach = Int64(max(travelDays, mostTravelDays)) * 86_400
            var index = firstIndex(startingAtOrAfter: candidate.start - reach - longest)
            while index < attendances.count, attendances[index].range.start < candidate.end + reach {
                if attendances[index].occurrence != excluded,
                    Timeline.clashes(candidate, allDay: allDay, travelDays: travelDays, with: attendances[index])
                {
                    return true
                }
                index += 1
            }
            return false
        }

        /// The position of the first round starting at or after `start` (binary search).
        private func firstIndex(startingAtOrAfter start: Int64) -> Int {
            attendances.partitioningIndex { $0.range.start >= start }
        }
    }
}
