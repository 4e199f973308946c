/// Every declaration of a set of plan files, resolved and checked for dangling references:
/// the typed, immutable model the expander, the rules and the exporters read.
///
/// Collections keep declaration order (files in load order, then line order); the `…ByID`
/// dictionaries index them.
public struct Plan: Hashable, Sendable {
    /// The files the plan was read from, in load order.
    public let files: [String]
    /// The countries.
    public let countries: [Country]
    /// The venues.
    public let venues: [Venue]
    /// The people.
    public let people: [Person]
    /// The dialogues and exchanges.
    public let series: [Series]
    /// The blackout windows.
    public let blackouts: [Blackout]

    /// Countries by id.
    public let countriesByID: [String: Country]
    /// Venues by id.
    public let venuesByID: [String: Venue]
    /// People by id.
    public let peopleByID: [String: Person]
    /// Series by id.
    public let seriesByID: [String: Series]
    /// The blackouts for everyone (declared without a country), in declaration order.
    let blackoutsForEveryone: [Blackout]
    /// The blackouts declared for a country, by the country's id, in declaration order.
    let blackoutsByCountry: [String: [Blackout]]

    /// A plan from its declarations; on duplicate ids the first declaration wins (the
    /// resolver reports the others).
    public init(files: [String], countries: [Country], venues: [Venue], people: [Person], series: [Series], blackouts: [Blackout]) {
        self.files = files
        self.countries = countries
        self.venues = venues
        self.people = people
        self.series = series
        self.blackouts = blackouts
        countriesByID = Dictionary(countries.lazy.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        venuesByID = Dictionary(venues.lazy.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByID = Dictionary(people.lazy.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        seriesByID = Dictionary(series.lazy.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        blackoutsForEveryone = blackouts.filter { $0.country == nil }
        blackoutsByCountry = Dictionary(grouping: blackouts.filter { $0.country != nil }) { $0.country?.id ?? "" }
    }

    /// An empty plan.
    public static let empty = Plan(files: [], countries: [], venues: [], people: [], series: [], blackouts: [])
}
