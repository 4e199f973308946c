import CivilTime

/// How one country's days off are built: its weekend, subdivisions and year rules.
struct CountryDefinition: Sendable {
    let code: String
    let name: String
    /// Whether this is an international organisation's calendar (`UN-NY`, `EU`) rather than a
    /// country's.
    let isOrganisation: Bool
    /// Subdivisions with their own calendars (empty when only national days are modelled).
    let subdivisions: [Subdivision]
    /// Where the rules and tables come from.
    let sources: [String]
    /// The weekend in force in a year.
    let weekend: @Sendable (Int) -> Weekend
    /// Adds the year's days off.
    let build: @Sendable (inout YearBuilder) -> Void
    /// The country's Islamic dates (decreed tables, then estimates), for Ramadan.
    let islamic: IslamicDates
    /// The last year its yearly decrees (tables) confirm; `nil` when statutes alone fix its days.
    let decreedThrough: Int?

    init(
        code: String, name: String, isOrganisation: Bool = false, subdivisions: [Subdivision] = [], sources: [String],
        weekend: @escaping @Sendable (Int) -> Weekend = { _ in .saturdaySunday },
        islamic: IslamicDates = IslamicDates(estimateShift: 0), decreedThrough: Int? = nil,
        build: @escaping @Sendable (inout YearBuilder) -> Void
    ) {
        self.code = code
        self.name = name
        self.isOrganisation = isOrganisation
        self.subdivisions = subdivisions
        self.sources = sources
        self.weekend = weekend
        self.build = build
        self.islamic = islamic
        self.decreedThrough = decreedThrough
    }
}
