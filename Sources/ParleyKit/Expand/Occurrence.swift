import CivilTime

/// One concrete round of a series in a window: recorded in the plan, or implied by the
/// cadence and not yet planned.
public struct Occurrence: Hashable, Sendable {
    /// The series' id.
    public let seriesID: String
    /// The round number (for implied rounds: the next numbers after the last recorded one).
    public let number: Int
    /// When it meets: its days and its sessions as absolute time (the one model every
    /// consumer reads).
    public let time: RoundTime
    /// The venue's id, when known.
    public let venueID: String?
    /// Whether it is held online.
    public let isVirtual: Bool
    /// Its status; implied rounds are `proposed`.
    public let status: RoundStatus
    /// Whether the cadence implies it and the plan does not record it yet.
    public let isImplied: Bool
    /// The round line, or for implied rounds the series' declaration.
    public let location: SourceLocation
    /// The room of its venue, when the round names one (`at kemlu room garuda`).
    public let room: String?

    /// An occurrence from its parts.
    public init(
        seriesID: String, number: Int, time: RoundTime, venueID: String?, isVirtual: Bool, status: RoundStatus, isImplied: Bool,
        location: SourceLocation, room: String? = nil
    ) {
        self.room = room
        self.seriesID = seriesID
        self.number = number
        self.time = time
        self.venueID = venueID
        self.isVirtual = isVirtual
        self.status = status
        self.isImplied = isImplied
        self.location = location
    }

    /// The first day, in the round's zone.
    public var firstDay: LocalDate { time.firstDay }
    /// The last day (the series' `lasting` days on from ``firstDay``).
    public var lastDay: LocalDate { time.lastDay }
    /// The daily start time of a timed round.
    public var startTime: LocalTime? { time.hours?.start }
    /// The daily end time of a timed round that has one (see ``RoundTime``).
    public var endTime: LocalTime? { time.hours?.end }
    /// The time zone its wall-clock times are in: the venue's, else the first partner's.
    public var timezone: String { time.zone }
    /// The first session's start as an instant, for a timed round.
    public var start: Instant? { time.isAllDay ? nil : time.start }
}
