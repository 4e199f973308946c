import CivilTime

/// When a round meets: its local days and its sessions as absolute time. The one home of a
/// round's timing: the expander computes it once per round (``Occurrence/time``), and the
/// rules, `parley next`, the feeds and the export all read it.
///
/// - **All-day rounds** (no start time, `sessions all-day`): their days midnight to midnight in
///   the round's zone (23 or 25 hours across a DST change), one session since the days touch.
/// - **Timed rounds**: one session per day, wall clock in the round's zone, so every day keeps
///   its hours across a DST change. A session starts at the round's own time
///   (`on 2026-03-10T10:00`), else at the series' `sessions` start, and ends at the `sessions`
///   end. A round whose start time has no end after it — an all-day series, or a start at or
///   after the sessions' end — is **open-ended**: each session runs from the start time to
///   midnight, because nothing says when the day's work stops.
///
/// The round's zone is its venue's, else the first partner's, else UTC (``zone(of:venue:in:)``);
/// an unknown zone is read as UTC (the resolver has already reported it).
public struct RoundTime: Hashable, Sendable {
    /// The daily wall-clock hours of a timed round.
    public struct Hours: Hashable, Sendable {
        /// When each session starts.
        public let start: LocalTime
        /// When each session ends; `nil` when the round is open-ended (to midnight).
        public let end: LocalTime?
    }

    /// The first day, in ``zone``.
    public let firstDay: LocalDate
    /// The last day, in ``zone``.
    public let lastDay: LocalDate
    /// The IANA zone the days and hours are wall clock in.
    public let zone: String
    /// The daily hours; `nil` for an all-day round.
    public let hours: Hours?
    /// From the start of the first session to the end of the last: how long the round holds
    /// its people and its venue (a delegate stays in the city overnight, the venue stays set up).
    public let span: InstantRange
    /// The daily sessions of a timed round of several days; `nil` when ``span`` is the one session.
    private let daily: [InstantRange]?

    /// The time of `start` for a series of `lastingDays` days with `sessions` hours, in `zone`;
    /// `nil` when the last day would fall after the year 9999.
    public init?(start: RoundStart, lastingDays: Int, sessions: Sessions, zone: String) {
        self.init(start: start, lastingDays: lastingDays, sessions: sessions, zone: zone, rules: Self.rules(zone))
    }

    /// ``init(start:lastingDays:sessions:zone:)`` with the zone's rules already looked up.
    init?(start: RoundStart, lastingDays: Int, sessions: Sessions, zone: String, rules: ZoneRules) {
        self.init(first: start.date, time: start.time, lastingDays: lastingDays, sessions: sessions, zone: zone, rules: rules)
    }

    private init?(first: LocalDate, time: LocalTime?, lastingDays: Int, sessions: Sessions, zone: String, rules: ZoneRules) {
        guard let last = first.adding(days: max(lastingDays, 1) - 1) else { return nil }
        var hours: Hours?
        switch (sessions, time) {
        case (.allDay, nil): hours = nil
        case (.allDay, let start?): hours = Hours(start: start, end: nil)
        case (.timed(let from, let to), let start): hours = Hours(start: start ?? from, end: (start ?? from) < to ? to : nil)
        }
        self.init(first: first, last: last, zone: zone, hours: hours, rules: rules)
    }

    private init(first: LocalDate, last: LocalDate, zone: String, hours: Hours?, rules: ZoneRules) {
        firstDay = first
        lastDay = last
        self.zone = zone
        self.hours = hours
        guard let hours, first < last else {
            daily = nil
            span = Self.session(on: first, through: last, hours: hours, rules: rules)
            return
        }
        var sessions: [InstantRange] = []
        sessions.reserveCapacity(first.days(until: last) + 1)
        var day = first
        while day <= last {
            sessions.append(Self.session(on: day, through: day, hours: hours, rules: rules))
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        daily = sessions
        span = InstantRange(start: sessions.first?.start ?? 0, end: sessions.last?.end ?? 0)
    }

    /// From `hours.start` on `first` (midnight when all-day) to `hours.end` on `last`, or to
    /// the midnight after `last` when there is no end.
    private static func session(on first: LocalDate, through last: LocalDate, hours: Hours?, rules: ZoneRules) -> InstantRange {
        let start = rules.instant(for: LocalDateTime(date: first, time: hours?.start ?? .midnight)).secondsSinceEpoch
        let end: Int64
        if let close = hours?.end {
            end = rules.instant(for: LocalDateTime(date: last, time: close)).secondsSinceEpoch
        } else {
            end = rules.instant(for: LocalDateTime(date: last.adding(days: 1) ?? last, time: .midnight)).secondsSinceEpoch
        }
        return InstantRange(start: start, end: end)
    }

    /// Whether the round holds whole days.
    public var isAllDay: Bool { hours == nil }

    /// How many days it has.
    public var dayCount: Int { firstDay.days(until: lastDay) + 1 }

    /// The sessions, in order, `[start, end)` in seconds since 1970-01-01T00:00Z: one a day for
    /// a timed round, one for the days of an all-day round.
    public var sessions: [InstantRange] { daily ?? [span] }

    /// The first session's start as an instant.
    public var start: Instant { Instant(secondsSinceEpoch: span.start) }

    /// The zone rules of `identifier`, or UTC when the zone is unknown (already an `input` error).
    public static func rules(_ identifier: String) -> ZoneRules {
        (try? ZoneRules.named(identifier)) ?? .utc
    }

    /// The zone of a round at `venue` (an id) in `series`: the venue's, else the first
    /// partner's, else UTC.
    public static func zone(of series: Series, venue: String?, in plan: Plan) -> String {
        if let venue = venue.flatMap({ plan.venuesByID[$0] }), !venue.timezone.isEmpty { return venue.timezone }
        return series.partners.first.flatMap { plan.countriesByID[$0.id]?.timezone } ?? "UTC"
    }

    /// The time of `round` of `series` in `plan` (``init(start:lastingDays:sessions:zone:)`` in
    /// the round's zone).
    public static func of(_ round: Round, in series: Series, plan: Plan) -> RoundTime? {
        RoundTime(
            start: round.start, lastingDays: series.lastingDays, sessions: series.sessions,
            zone: zone(of: series, venue: round.venue?.id, in: plan))
    }
}
