/// The declarations of one plan file, before references across files are resolved.
public struct PlanFile: Hashable, Sendable {
    /// A `use "partners.parley"` line.
    public struct Use: Hashable, Sendable {
        /// The path as written, relative to the file that says it.
        public let path: String
        /// Where the line starts.
        public let location: SourceLocation

        /// A use from its parts.
        public init(path: String, location: SourceLocation) {
            self.path = path
            self.location = location
        }
    }

    /// The file's path.
    public let path: String
    /// Its `use` lines.
    public let uses: [Use]
    /// Its countries.
    public let countries: [Country]
    /// Its venues; a venue without its own `timezone` has an empty one until resolved.
    public let venues: [Venue]
    /// Its people.
    public let people: [Person]
    /// Its dialogues and exchanges.
    public let series: [Series]
    /// Its blackouts.
    public let blackouts: [Blackout]
    /// Its shared agendas.
    public let agendas: [Agenda]

    /// A file's declarations from their parts.
    public init(
        path: String, uses: [Use], countries: [Country], venues: [Venue], people: [Person], series: [Series], blackouts: [Blackout],
        agendas: [Agenda] = []
    ) {
        self.path = path
        self.uses = uses
        self.countries = countries
        self.venues = venues
        self.people = people
        self.series = series
        self.blackouts = blackouts
        self.agendas = agendas
    }
}
