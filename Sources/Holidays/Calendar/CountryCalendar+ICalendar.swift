import CivilTime
import ICalendar

extension CountryCalendar {
    /// The days off from `start` through `end` as an iCalendar holiday feed (RFC 5545).
    ///
    /// Each day is an all-day `VEVENT` (§3.6.1: `DTSTART;VALUE=DATE` and `DTEND` the next day,
    /// `TRANSP:TRANSPARENT` so it does not block free/busy time) with the name as `SUMMARY`,
    /// the kind as `CATEGORIES`, and a `DESCRIPTION` that says when a date is estimated. The
    /// feed is deterministic: `UID`s are derived from country, subdivision, date and name, and
    /// `DTSTAMP` is the event's own date at 00:00 UTC, so the same range gives the same bytes
    /// and calendar clients update rather than duplicate events.
    public func icsDocument(from start: LocalDate, through end: LocalDate) -> CalendarDocument {
        icsDocument(of: daysOff(from: start, through: end))
    }

    /// `days` (this calendar's, or with an imported feed merged in, as `holidays --import`
    /// gives them) as the holiday feed ``icsDocument(from:through:)`` describes.
    public func icsDocument(of days: [Holiday]) -> CalendarDocument {
        let scope = [country.code, subdivision?.code].compactMap(\.self).joined(separator: "-")
        let place = subdivision.map { "\(country.name), \($0.name)" } ?? country.name
        let title = "\(place) days off"
        let events = days.map { day -> CalendarEvent in
            let slug = String(
                day.name.lowercased().unicodeScalars.map { scalar -> Character in
                    (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") ? Character(scalar) : "-"
                })
            var description = "\(day.kind.rawValue) day off in \(place)"
            if day.isEstimated { description += ". Estimated: computed ahead of the official decree; it may move by a day." }
            let stamp = Instant(secondsSinceEpoch: Int64(day.date.daysSinceEpoch) * 86_400)
            return CalendarEvent(
                uid: "\(scope)-\(day.date)-\(slug)@parley-holidays", timestamp: stamp,
                start: .date(day.date), end: day.date.adding(days: 1).map { .date($0) },
                summary: day.name, description: description, categories: [day.kind.rawValue],
                otherProperties: [CalendarProperty(name: "TRANSP", value: "TRANSPARENT")])
        }
        // No METHOD: RFC 5546's PUBLISH needs an ORGANIZER, and a holiday feed has none.
        return CalendarDocument(
            productID: "-//Parley//Parley holidays//EN",
            otherProperties: [.text("X-WR-CALNAME", title)], events: events)
    }
}
