import CivilTime

extension EventOccurrence {
    /// The civil dates the occurrence covers on its own clock (its `TZID`, or the dates and
    /// floating times as written): the one way an event becomes days off.
    ///
    /// An all-day occurrence covers its start date up to but not including its end date
    /// (RFC 5545 §3.6.1), at least its start date; a timed one covers every date from its
    /// start to the instant before its end, so 22:00 to 02:00 covers two dates and an event
    /// ending at midnight does not cover the next one; one without length, its start date.
    public var dates: [LocalDate] {
        let first = start.local.date
        var last = end.local.date
        if start.kind == .date || end.local.time == LocalTime.midnight {
            last = last.adding(days: -1) ?? last
        }
        guard first < last else { return [first] }
        return (0...first.days(until: last)).compactMap { first.adding(days: $0) }
    }
}
