import CivilTime

extension CalendarTimeZone {
    /// How many years past the covered span the generator looks to tell a rule that keeps
    /// going (written without `UNTIL`) from one that ends, and to pick between `4SU` and
    /// `-1SU` when both fit the covered years.
    static let lookaheadYears = 8

    /// The `VTIMEZONE` of `rules`, exact for every instant of `years` (January 1 of the first
    /// year to December 31 of the last, local time).
    ///
    /// - The first observance is the change that set the offset in force when the span
    ///   starts (Asia/Jakarta: its 1964 change to +07:00, a single `STANDARD` observance).
    /// - Changes that recur on the same weekday rule (`BYMONTH=3;BYDAY=2SU`, `BYDAY=-1SU` for
    ///   "last") with the same offsets and local time in consecutive years become one
    ///   observance with an `RRULE`, ending with `UNTIL` (UTC) when the rule ends, open when it
    ///   still holds ``lookaheadYears`` years after the span.
    /// - Any other change is its own observance with a single `DTSTART` (Europe/Moscow:
    ///   2011-03-27 to +04:00, 2014-10-26 back to +03:00). `RDATE` is never used: ical.js
    ///   reads only the first of several values and Outlook mishandles long lists.
    ///
    /// `TZNAME` is the zone data's English short name where it is alphabetic and belongs to the
    /// offset (`EST`, `EDT`), otherwise the tz database's numeric style (`+07`, `+0530`).
    ///
    /// - Complexity: O(*t* log *t*) for *t* transitions in the span.
    public init(rules: ZoneRules, covering years: ClosedRange<Int>) {
        let spanStart = Instant(secondsSinceEpoch: Self.startOfYear(years.lowerBound) - 86_400)
        let spanEnd = Instant(secondsSinceEpoch: Self.startOfYear(years.upperBound + 1) + 86_400)
        let lookaheadEnd = Instant(secondsSinceEpoch: Self.startOfYear(years.upperBound + 1 + Self.lookaheadYears) + 86_400)
        let earliest = Instant(secondsSinceEpoch: Int64.min / 2)

        var emitted: [ZoneTransition] = []
        if let prior = rules.transitions(in: earliest..<spanStart).last { emitted.append(prior) }
        emitted += rules.transitions(in: spanStart..<spanEnd)
        let later = Array(rules.transitions(in: spanEnd..<lookaheadEnd))

        guard !emitted.isEmpty else {
            let observance = Self.initialObservance(rules, year: years.lowerBound, names: ZoneNames(rules: rules))
            self.init(identifier: rules.identifier, observances: [observance].compactMap { $0 })
            return
        }
        let names = ZoneNames(rules: rules)
        var runs = Self.runs(of: emitted, extendedBy: later, names: names, lastLookaheadYear: years.upperBound + Self.lookaheadYears)
        runs.sort { $0.members[0].instant < $1.members[0].instant }
        var observances = runs.compactMap(\.observance)
        if rules.transitions(in: earliest..<spanStart).isEmpty,
            let initial = Self.initialObservance(rules, year: years.lowerBound, names: names)
        {
            observances.insert(initial, at: 0)
        }
        self.init(identifier: rules.identifier, observances: observances)
    }

    private static func startOfYear(_ year: Int) -> Int64 {
        Int64(CivilCalendar.days(year: year, month: 1, day: 1)) * 86_400
    }

    /// The offset in force before the zone's first transition, from the start of `year`.
    private static func initialObservance(_ rules: ZoneRules, year: Int, names: ZoneNames) -> TimeZoneObservance? {
        let offset = Int(rules.initialOffset)
        guard let start = LocalDateTime(year: min(max(year, 1), 9999), month: 1, day: 1) else { return nil }
        return TimeZoneObservance(
            kind: rules.initialIsDaylightSaving ? .daylight : .standard,
            start: start,
            offsetFrom: offset, offsetTo: offset,
            name: names.name(offset: rules.initialOffset, isDaylightSaving: rules.initialIsDaylightSaving)
        )
    }

    /// Groups transitions into yearly runs: same kind, offsets, name, month, weekday and local
    /// time, in consecutive years, with at least one weekday ordinal that fits every member.
    private static func runs(of emitted: [ZoneTransition], extendedBy later: [ZoneTransition], names: ZoneNames, lastLookaheadYear: Int)
        -> [Run]
    {
        var runs: [Run] = []
        var open: [Run.Key: Int] = [:]
        for (index, transition) in (emitted + later).enumerated() {
            guard let local = transition.localBefore else { continue }
            let key = Run.Key(transition: transition, local: local, names: names)
            let ordinals = Set(local.date.weekdayOrdinals)
            if let runIndex = open[key], runs[runIndex].lastYear == local.date.year - 1,
                !runs[runIndex].ordinals.isDisjoint(with: ordinals)
            {
                runs[runIndex].ordinals.formIntersection(ordinals)
                runs[runIndex].lastYear = local.date.year
                if index < emitted.count {
                    runs[runIndex].members.append(transition)
                } else {
                    runs[runIndex].continuesPastSpan = true
                    runs[runIndex].lastLater = transition
                }
            } else if index < emitted.count {
                open[key] = runs.count
                runs.append(Run(key: key, members: [transition], ordinals: ordinals, lastYear: local.date.year))
            } else {
                open[key] = nil
            }
        }
        for index in runs.indices where runs[index].lastYear == lastLookaheadYear {
            runs[index].isOpenEnded = true
        }
        return runs
    }

    /// Consecutive yearly transitions that one observance describes.
    private struct Run {
        struct Key: Hashable {
            var isDaylight: Bool
            var offsetBefore: Int32
            var offsetAfter: Int32
            var name: String
            var month: Int
            var weekday: Weekday
            var secondsOfDay: Int32

            init(transition: ZoneTransition, local: LocalDateTime, names: ZoneNames) {
                isDaylight = transition.isDaylightSavingAfter
                offsetBefore = transition.offsetBefore
                offsetAfter = transition.offsetAfter
                name = names.name(offset: transition.offsetAfter, isDaylightSaving: transition.isDaylightSavingAfter)
                month = local.date.month
                weekday = local.date.weekday
                secondsOfDay = local.time.secondsSinceMidnight
            }
        }

        var key: Key
        var members: [ZoneTransition]
        var ordinals: Set<Int>
        var lastYear: Int
        var continuesPastSpan = false
        var lastLater: ZoneTransition?
        var isOpenEnded = false

        /// `UNTIL` for a rule whose last onset is `last`: the onset's UTC instant (§3.3.10), or
        /// its local wall time read as UTC when that is later (zones east of UTC).
        ///
        /// Both fall before the next yearly onset, so a reader that compares `UNTIL` in UTC
        /// (as §3.3.10 says) gets the same onsets as one that compares it with the local
        /// `DTSTART` (python `icalendar` 7 does); with the exact instant alone the latter drops
        /// the last onset: Moscow's `UNTIL=20101030T230000Z` against a 2010-10-31T03:00 onset.
        static func until(_ last: ZoneTransition) -> Instant {
            let wall = last.localBefore?.secondsSinceEpoch ?? last.instant.secondsSinceEpoch
            return Instant(secondsSinceEpoch: max(last.instant.secondsSinceEpoch, wall))
        }

        var observance: TimeZoneObservance? {
            guard let first = members.first, let start = first.localBefore else { return nil }
            var rule: YearlyWeekdayRule?
            let last = lastLater ?? members[members.count - 1]
            if members.count > 1 || continuesPastSpan {
                let ordinal = ordinals.contains(-1) ? -1 : ordinals.min() ?? -1
                rule = YearlyWeekdayRule(
                    month: key.month, ordinal: ordinal, weekday: key.weekday, until: isOpenEnded ? nil : Self.until(last))
            }
            return TimeZoneObservance(
                kind: key.isDaylight ? .daylight : .standard, start: start,
                offsetFrom: Int(key.offsetBefore), offsetTo: Int(key.offsetAfter), name: key.name, rule: rule
            )
        }
    }
}
