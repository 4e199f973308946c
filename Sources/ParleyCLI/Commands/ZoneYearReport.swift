import CivilTime

/// The transitions of one zone in one of its local years, as `parley tz` prints them.
///
/// Abbreviations (`BST`, `EDT`) are left out on purpose: on Linux, Foundation names every
/// transition with the zone's current abbreviation (Europe/Moscow's 2011 change to +04:00
/// comes back as `GMT+3`), so they would mislead exactly the user checking a DST question.
struct ZoneYearReport: Sendable {
    /// The zone.
    let rules: ZoneRules
    /// The year, counted on the zone's own clock.
    let year: Int
    /// The transitions from local midnight on 1 January of ``year`` (inclusive) to local
    /// midnight on 1 January of the next year (exclusive).
    let transitions: [ZoneTransition]
    /// The offset in force when the year begins, in seconds east of UTC.
    let offsetAtStart: Int
    /// Whether daylight-saving time is in force when the year begins.
    let isDaylightSavingAtStart: Bool

    /// The report for `year` (within ``ZoneRules/coveredYears``) of `rules`.
    init(rules: ZoneRules, year: Int) {
        self.rules = rules
        self.year = year
        let start = Self.startOfYear(year, in: rules)
        let end = Self.startOfYear(year + 1, in: rules)
        transitions = Array(rules.transitions(in: start..<end))
        offsetAtStart = rules.offset(at: start)
        isDaylightSavingAtStart = rules.isDaylightSaving(at: start)
    }

    /// The instant of local midnight starting 1 January of `year` (or, in a gap, the RFC 5545 shift of it).
    static func startOfYear(_ year: Int, in rules: ZoneRules) -> Instant {
        let days = Int64(CivilCalendar.days(year: year, month: 1, day: 1))
        let wall = days * 86_400
        return LocalDateTime(secondsSinceEpoch: wall).map { rules.instant(for: $0) } ?? Instant(secondsSinceEpoch: wall)
    }
}
