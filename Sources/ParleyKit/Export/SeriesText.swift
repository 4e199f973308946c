/// The texts every round event of one series shares, built once per series by
/// ``FeedExporter/roundEvents(of:history:findings:)`` instead of once per round, so that a round's
/// own texts are each one or two appends to a shared prefix.
struct SeriesText: Sendable {
    /// `Title, round ` (the round number follows).
    let summaryPrefix: String
    /// `Reminder: Title, round ` (the round number follows): the `DESCRIPTION` of reminders.
    let reminderPrefix: String
    /// `series-round-` (the round number and `@parley` follow): the start of `UID`.
    let uidPrefix: String
    /// The first lines of `DESCRIPTION`, `Series: Title (id)`, `Kind: …`, `Basis: …` when
    /// given, then `\nRound: ` (the round number follows).
    let descriptionPrefix: String
    /// `\nDelegates: Role (Country) <email>; …`, or empty without delegates.
    let delegatesLine: String
    /// `CATEGORIES`: `Dialogue` or `Exchange`, then the partner countries' names.
    let categories: [String]
    /// What rounds take from their venue, by venue (see ``place(of:in:plan:)``).
    private var places: [Place] = []

    /// What a round's texts take from where it is held, made once per venue of the series.
    struct Place: Sendable {
        /// The round's venue id, `nil` without one.
        let venueID: String?
        /// Whether the round is virtual.
        let isVirtual: Bool
        /// The venue's country, when the venue is known.
        let countryID: String?
        /// `LOCATION`: `City, Country`, `Online`, or none.
        let location: String?
        /// The `TZID` of the round's wall-clock times (``RoundTime/zone(of:venue:in:)``).
        let zone: String
        /// `\nHost: host\nDelegates: …\nStatus: status`, by ``RoundStatus`` in `allCases` order.
        let tails: [String]
    }

    init(_ series: Series, in plan: Plan, partnerNames: [String], delegates: [Person]) {
        summaryPrefix = "\(series.title), round "
        reminderPrefix = "Reminder: " + summaryPrefix
        uidPrefix = series.id + "-round-"
        var head = "Series: \(series.title) (\(series.id))\nKind: \(series.kind.rawValue)"
        if let basis = series.basis { head += "\nBasis: \(basis)" }
        descriptionPrefix = head + "\nRound: "
        if delegates.isEmpty {
            delegatesLine = ""
        } else {
            let names = delegates.map { person in
                let country = plan.countriesByID[person.country.id]?.name ?? person.country.id
                return "\(person.role) (\(country))" + (person.email.map { " <\($0)>" } ?? "")
            }
            delegatesLine = "\nDelegates: " + names.joined(separator: "; ")
        }
        categories = [series.kind == .dialogue ? "Dialogue" : "Exchange"] + partnerNames
    }

    /// The place of `round` of `series`: found among the places made before (a series has a
    /// handful of venues), else made and kept.
    mutating func place(of round: Round, in series: Series, plan: Plan) -> Place {
        let venueID = round.venue?.id
        if let place = places.first(where: { $0.venueID == venueID && $0.isVirtual == round.isVirtual }) { return place }
        let venue = round.venue.flatMap { plan.venuesByID[$0.id] }
        var location: String?
        var host = "to be decided"
        if round.isVirtual || (venue == nil && series.hosting?.mode == .virtual) {
            location = "Online"
            host = "online"
        } else if let venue {
            let country = plan.countriesByID[venue.country.id]?.name ?? venue.country.id
            location = "\(venue.city), \(country)"
            host = location ?? host
        }
        let place = Place(
            venueID: venueID, isVirtual: round.isVirtual, countryID: venue?.country.id, location: location,
            zone: RoundTime.zone(of: series, venue: round.venue?.id, in: plan),
            tails: RoundStatus.allCases.map { "\nHost: " + host + delegatesLine + "\nStatus: " + $0.rawValue })
        places.append(place)
        return place
    }
}
