import CivilTime

/// One round as `parley rounds` and `parley export --format csv` list it: recorded in the plan
/// (whatever its status) or implied by the cadence, with where and when it meets, who attends,
/// and what is wrong with it.
public struct RoundEntry: Sendable {
    /// A series shared by the entries of its rounds, so that an entry holds one reference
    /// instead of a copy of every field of the series.
    final class SeriesReference: Sendable {
        let series: Series

        init(_ series: Series) {
            self.series = series
        }
    }

    let reference: SeriesReference
    /// The series it belongs to.
    public var series: Series { reference.series }
    /// Its number in the series.
    public let number: Int
    /// Its first day (in its zone).
    public let firstDay: LocalDate
    /// Its last day.
    public let lastDay: LocalDate
    /// Its time (zone and daily hours), when it can be worked out (``RoundTime``).
    public let time: RoundTime?
    /// Held, planned, proposed, postponed or cancelled; implied rounds are `proposed`.
    public let status: RoundStatus
    /// Whether the cadence implies it and the plan does not record it yet.
    public let isImplied: Bool
    /// Where it meets, when known.
    public let venue: Venue?
    /// Whether it is held online.
    public let isVirtual: Bool
    /// Its notes (none for implied rounds).
    public let notes: [String]
    /// The dates it was moved from, oldest first.
    public let movedFrom: [LocalDate]
    /// The agenda topics it covers (`covers …`), by id; none for implied rounds.
    public let covers: [String]
    /// Its chair (``Series/chair(of:in:)``) when it names one or the series rotates its chair.
    public let chair: String?
    /// Its round line, or for an implied round the series' declaration.
    public let location: SourceLocation
    /// The findings about it, in report order.
    public internal(set) var findings: [Finding] = []
    /// What falls due because of it or on it (obligations), one sentence each; filled by
    /// ``RoundListing/init(plan:expansion:findings:window:series:due:)``'s `due`.
    public internal(set) var due: [String] = []

    /// The recorded `round` of `series`.
    init(recorded round: Round, of reference: SeriesReference, in plan: Plan) {
        let series = reference.series
        let time = RoundTime.of(round, in: series, plan: plan)
        self.reference = reference
        number = round.number
        firstDay = time?.firstDay ?? round.start.date
        lastDay = time?.lastDay ?? series.lastDay(startingOn: round.start.date) ?? round.start.date
        self.time = time
        status = round.status
        isImplied = false
        venue = round.venue.flatMap { plan.venuesByID[$0.id] }
        isVirtual = round.isVirtual || series.hosting?.mode == .virtual
        notes = round.notes
        movedFrom = round.movedFrom
        covers = round.covers.map(\.id)
        if case .rotate = series.hosting?.mode {
            chair = series.chair(of: round, in: plan)
        } else {
            chair = round.chair?.id
        }
        location = round.location
    }

    /// The implied `occurrence` of `series`.
    init(implied occurrence: Occurrence, of reference: SeriesReference, in plan: Plan) {
        self.reference = reference
        number = occurrence.number
        firstDay = occurrence.firstDay
        lastDay = occurrence.lastDay
        time = occurrence.time
        status = occurrence.status
        isImplied = true
        venue = occurrence.venueID.flatMap { plan.venuesByID[$0] }
        isVirtual = occurrence.isVirtual
        notes = []
        movedFrom = []
        covers = []
        chair = nil
        location = occurrence.location
    }

    /// The host country's id: the venue's country, or `nil` when online or undecided.
    public var host: String? { isVirtual ? nil : venue?.country.id }

    /// The people who attend: the series' delegates, by id.
    public var people: [String] { series.delegates.map(\.id) }

    /// `held`, `planned`, … or `implied` for a round the plan does not record.
    public var statusText: String { isImplied ? "implied" : status.rawValue }

    /// `2026-03-10` for a one-day round, `2026-03-10..2026-03-12` for longer ones.
    public var daysText: String { firstDay == lastDay ? "\(firstDay)" : "\(firstDay)..\(lastDay)" }

    /// `09:00-17:00` for a timed round (`09:00` without an end), `nil` for an all-day one.
    public var hoursText: String? {
        guard let hours = time?.hours else { return nil }
        return RoundStart.shortTime(hours.start) + (hours.end.map { "-" + RoundStart.shortTime($0) } ?? "")
    }

    /// Where it meets, in words: `online`, `tokyo (Tokyo, JP)`, or `nil` when undecided.
    public var placeText: String? {
        if isVirtual { return "online" }
        guard let venue else { return nil }
        return "\(venue.id) (\(venue.city), \(venue.country.id))"
    }
}
