import CivilTime

/// A country with a built-in calendar.
public struct Country: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, e.g. `"ID"`.
    public let code: String
    /// English short name, e.g. `"Indonesia"`.
    public let name: String
    /// Subdivisions with their own days off (Australia's states and territories).
    public let subdivisions: [Subdivision]
    /// The statutes, decrees and compilations the calendar is built from.
    public let sources: [String]
    /// The last year its yearly decrees confirm (later years are estimated); `nil` when its
    /// statutes alone fix every day.
    public let decreedThrough: Int?

    init(_ definition: CountryDefinition) {
        code = definition.code
        name = definition.name
        subdivisions = definition.subdivisions
        sources = definition.sources
        decreedThrough = definition.decreedThrough
    }

    /// Every country with a built-in calendar, by code.
    public static var all: [Country] { Country.definitions.map(Country.init) }

    /// The country for an ISO 3166-1 alpha-2 code (case-insensitive).
    /// - Throws: ``HolidaysError`` with spelling suggestions for an unknown code.
    public static func named(_ code: String) throws(HolidaysError) -> Country {
        Country(try definition(code))
    }

    static func definition(_ code: String) throws(HolidaysError) -> CountryDefinition {
        let wanted = code.uppercased()
        if let found = byCode[wanted] { return found }
        let names = definitions.map(\.code) + definitions.map(\.name)
        let suggestions = Spelling.closest(to: code, among: names).map { suggestion in
            definitions.first { $0.name == suggestion }?.code ?? suggestion
        }
        throw HolidaysError(code: .unknownCountry, value: code, suggestions: suggestions)
    }

    /// All definitions, ordered by code.
    static let definitions: [CountryDefinition] = [
        Australia.definition, Brazil.definition, China.definition, France.definition,
        Germany.definition, India.definition, Indonesia.definition, Japan.definition,
        Malaysia.definition, Philippines.definition, Russia.definition, SaudiArabia.definition,
        Singapore.definition, SouthAfrica.definition, SouthKorea.definition, Thailand.definition,
        UnitedArabEmirates.definition, UnitedKingdom.definition, UnitedStates.definition,
        VietNam.definition, Austria.definition, Belgium.definition, Canada.definition, Estonia.definition,
        Italy.definition, Mexico.definition, Netherlands.definition, NewZealand.definition, Norway.definition,
        Poland.definition, Qatar.definition, Sweden.definition, Switzerland.definition, Turkey.definition,
        Brunei.definition, Cambodia.definition, Denmark.definition, Fiji.definition, Laos.definition, Myanmar.definition,
        PapuaNewGuinea.definition, TimorLeste.definition,
    ].sorted { $0.code < $1.code }

    private static let byCode: [String: CountryDefinition] = Dictionary(
        definitions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
