import CivilTime

extension RecurrenceRule {
    /// The start times this rule alone generates from `start` (its `DTSTART`), lazily.
    ///
    /// `UNTIL` is compared as RFC 5545 §3.3.10 says: a UTC `UNTIL` against each candidate's
    /// instant in `zone` (for a zoned `DTSTART`), a floating one against wall-clock time. A
    /// `DATE` `UNTIL` on a rule whose `DTSTART` is a DATE-TIME (which the RFC forbids but
    /// feeds contain) includes that whole day.
    ///
    /// ```swift
    /// var starts = try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=3")
    ///     .expansion(from: .zoned(start, tzid: "Europe/Moscow"), zone: try .named("Europe/Moscow"))
    /// while let local = try starts.next() { … }   // three wall-clock times
    /// ```
    ///
    /// - Parameter zone: the rules of `start`'s zone; for `.zoned` starts `nil` means
    ///   `ZoneRules.named(tzid)`. Ignored for dates and floating times.
    /// - Throws: ``RecurrenceError`` when the zone is unknown or a `BYxxx` time value is unreachable.
    public func expansion(from start: CalendarDateTime, zone: ZoneRules? = nil) throws(RecurrenceError) -> RecurrenceRuleIterator {
        let wallStart: LocalDateTime
        var rules: ZoneRules?
        switch start {
        case .date(let date): wallStart = LocalDateTime(date: date, time: LocalTime.midnight)
        case .floating(let local): wallStart = local
        case .utc(let local):
            wallStart = local
            rules = .utc
        case .zoned(let local, let tzid):
            wallStart = local
            if let zone {
                rules = zone
            } else {
                do { rules = try ZoneRules.named(tzid) } catch {
                    throw RecurrenceError(.invalidEvent, "unknown time zone '\(tzid)'")
                }
            }
        }
        let bound: RecurrenceRuleIterator.Bound
        switch until {
        case nil: bound = .none
        case .date(let date)?:
            bound = .wall(LocalDateTime(date: date, time: LocalTime(secondsSinceMidnight: 86_399) ?? LocalTime.midnight))
        case .floating(let local)?, .zoned(let local, _)?: bound = .wall(local)
        case .utc(let local)?:
            if let rules {
                bound = .instant(Instant(secondsSinceEpoch: local.secondsSinceEpoch), rules)
            } else {
                bound = .wall(local)
            }
        }
        return try RecurrenceRuleIterator(rule: self, start: wallStart, bound: bound)
    }
}
