/// The occurrences of a check laid out for the conflict rules, built once per check: each
/// round's range of absolute time, and the rounds by person and by venue, sorted by start.
///
/// Only recorded rounds count (held, planned, proposed): rounds the cadence merely implies
/// are guesses, and a clash with a guess is not a finding.
///
/// - Complexity: O(*n* log *n*) to build for *n* attendances; the rules then sweep each
///   person's and each venue's sorted list once.
public struct ConflictIndex: Sendable {
    /// The range of each occurrence, parallel to ``Expansion/occurrences``.
    public let ranges: [InstantRange]
    /// Each person's attendances, by start.
    public let attendancesByPerson: [String: [Attendance]]
    /// Each venue's rounds (items are positions in ``Expansion/occurrences``).
    public let roundsByVenue: [String: IntervalIndex]

    /// The index of `expansion`'s occurrences of `plan`. With `focus` (positions in
    /// `expansion`), only the people and venues of the focused occurrences are indexed: the
    /// conflict rules then report only pairs with a focused side (``RuleContext/focus``), and
    /// no one else is in one, so a probe of one candidate indexes its delegates and its venue,
    /// not the thousands of attendances around it.
    public init(plan: Plan, expansion: Expansion, focus: Set<Int>? = nil) {
        let occurrences = expansion.occurrences
        ranges = occurrences.map(RoundClock.range(of:))
        // Focused on no occurrence (a probe's rules other than the conflict rules, when no
        // delegate has a busy calendar), it indexes no one.
        guard focus?.isEmpty != true else {
            attendancesByPerson = [:]
            roundsByVenue = [:]
            return
        }
        var people: Set<String>?
        var venues: Set<String>?
        if let focus {
            people = Set(focus.flatMap { plan.seriesByID[occurrences[$0].seriesID]?.delegates.map(\.id) ?? [] })
            venues = Set(focus.compactMap { occurrences[$0].venueID })
        }
        var byPerson: [String: [Attendance]] = [:]
        var byVenue: [String: [(InstantRange, Int)]] = [:]
        for (position, occurrence) in occurrences.enumerated() where !occurrence.isImplied {
            guard let series = plan.seriesByID[occurrence.seriesID] else { continue }
            let venue = occurrence.isVirtual ? nil : occurrence.venueID.flatMap { plan.venuesByID[$0] }
            if let venue, venues?.contains(venue.id) ?? true { byVenue[venue.id, default: []].append((ranges[position], position)) }
            for delegate in series.delegates where people?.contains(delegate.id) ?? true {
                guard let person = plan.peopleByID[delegate.id] else { continue }
                var role = Attendance.Role.remote
                if let venue { role = venue.country.id == person.country.id ? .host : .guest }
                byPerson[person.id, default: []].append(
                    Attendance(
                        occurrence: position, person: person.id, range: ranges[position], role: role,
                        travelDays: role == .guest ? series.travelDays ?? 1 : 0, venueID: venue?.id, isAllDay: occurrence.startTime == nil))
            }
        }
        attendancesByPerson = byPerson.mapValues { list in list.sorted { ($0.range, $0.occurrence) < ($1.range, $1.occurrence) } }
        roundsByVenue = byVenue.mapValues(IntervalIndex.init)
    }

    /// `person`'s attendances, by start.
    public func attendances(of person: String) -> [Attendance] { attendancesByPerson[person] ?? [] }
}
