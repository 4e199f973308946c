import CivilTime

/// Days a row of a ``YearView`` marks under its rounds: days off, closures and observances of
/// the row's countries, consecutive days of the same kind joined.
public struct DayMark: Hashable, Sendable {
    /// What the days are.
    public enum Kind: String, CaseIterable, Sendable {
        /// A public holiday, a substitute day, a day off moved by decree or an election day
        /// (built-in calendars), or a day off from a country's holiday feed.
        case holiday
        /// Collective leave decreed beside holidays (Indonesia's cuti bersama).
        case collectiveLeave = "leave"
        /// Government offices closed on a working day that is no public holiday (Japan's
        /// 29 December–3 January).
        case closure
        /// A declared blackout (an election, a summit): no round may touch it.
        case blackout
        /// A weekend day decreed a working day (Russia's make-up Saturdays), where no country of
        /// the row rests: drawn as a working day over the weekend shading.
        case workingDay = "working"
        /// An observance a country keeps (Ramadan, Lent), as that country keeps it.
        case observance
    }

    /// What the days are.
    public let kind: Kind
    /// The first day.
    public let first: LocalDate
    /// The last day.
    public let last: LocalDate
    /// Whether any of the days is only estimated ahead of its decree.
    public let isEstimated: Bool
    /// What each day is, one line per day and name: `2026-03-20 Eid al-Fitr (ID, JP; estimated)`.
    public let lines: [String]
}
