/// A time-zone change that happens every year on the same rule: the *n*th (or last) given
/// weekday of a month, at the same wall-clock time read on the clock before the change, with
/// the same offsets and daylight-saving flag after it. The IANA data ends with
/// such rules ("second Sunday of March at 02:00", "last Sunday of October at 01:00 UTC", which
/// is 03:00 on the summer clock before it); ``ZoneRules`` repeats them through its covered
/// years instead of asking the time-zone data for every year.
struct AnnualZoneChange: Hashable {
    let month: Int
    /// 1…5 counts from the start of the month; −1 is the last such weekday.
    let ordinal: Int
    let weekday: Weekday
    /// The wall-clock time of the change on the clock before it, in seconds after midnight.
    let secondsIntoDay: Int64
    let offsetBefore: Int32
    let offsetAfter: Int32
    let isDaylightSavingAfter: Bool

    /// The rules (one or two: "4th" and "last" can both fit a date) that `transition` follows.
    static func candidates(for transition: ZoneTransition) -> [AnnualZoneChange] {
        guard let local = transition.localBefore else { return [] }
        let date = local.date
        return date.weekdayOrdinals.map { ordinal in
            AnnualZoneChange(
                month: date.month, ordinal: ordinal, weekday: date.weekday,
                secondsIntoDay: Int64(local.time.secondsSinceMidnight), offsetBefore: transition.offsetBefore,
                offsetAfter: transition.offsetAfter, isDaylightSavingAfter: transition.isDaylightSavingAfter)
        }
    }

    /// The change in `year`, or `nil` when the month has no such weekday (a fifth one).
    func transition(in year: Int) -> ZoneTransition? {
        let first = CivilCalendar.days(year: year, month: month, day: 1)
        let length = CivilCalendar.daysInMonth(year: year, month: month)
        let day: Int
        if ordinal > 0 {
            day = 1 + CivilCalendar.weekday(days: first).days(until: weekday) + 7 * (ordinal - 1)
            guard day <= length else { return nil }
        } else {
            let last = first + length - 1
            day = length - weekday.days(until: CivilCalendar.weekday(days: last))
        }
        let wall = Int64(first + day - 1) * 86_400 + secondsIntoDay
        return ZoneTransition(
            instant: Instant(secondsSinceEpoch: wall - Int64(offsetBefore)), offsetBefore: offsetBefore, offsetAfter: offsetAfter,
            isDaylightSavingAfter: isDaylightSavingAfter)
    }
}
