import CivilTime

/// One concrete round of a series in a window: recorded in the plan, or implied by the
/// cadence and not yet planned.
public struct Occurrence: Hashable, Sendable {
    /// The series' id.
    public let seriesID: String
    /// The round number (for implied rounds: the next numbers after the last recorded one).
    public let number: Int
    /// The first day, in the venue's zone.
    public let firstDay: LocalDate
    /// The last day (the series' `lasting` days on from ``firstDay``).
    public let lastDay: LocalDate
    /// The start time, when the round or the series' sessions give one.
    public let startTime: LocalTime?
    /// The daily end time, when the series' sessions give one.
    public let endTime: LocalTime?
    /// The venue's id, when known.
    public let venueID: String?
    /// Whether it is held online.
    public let isVirtual: Bool
    /// The time zone its wall-clock times are in: the venue's, else the first partner's.
    public let timezone: String
    /// The start as an instant, when there is a start time.
    public let start: Instant?
    /// Its status; implied rounds are `proposed`.
    public let status: RoundStatus
    /// Whether the cadence implies it and the plan does not record it yet.
    public let isImplied: Bool
    /// The round line, or for implied rounds the series' declaration.
    public let location: SourceLocation

    /// An occurrence from its parts.
    public init(
        seriesID: String, number: Int, firstDay: LocalDate, lastDay: LocalDate, startTime: LocalTime?, endTime: LocalTime?,
        venueID: String?, isVirtual: Bool, timezone: String, start: Instant?, status: RoundStatus, isImplied: Bool,
        location: SourceLocation
    ) {
        self.seriesID = seriesID
        self.number = number
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.startTime = startTime
        self.endTime = endTime
        self.venueID = venueID
        self.isVirtual = isVirtual
        self.timezone = timezone
        self.start = start
        self.status = status
        self.isImplied = isImplied
        self.location = location
    }
}
