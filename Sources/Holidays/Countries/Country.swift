import CivilTime

/// A country, or an international organisation's seat, with a built-in calendar.
///
/// Countries go by ISO 3166-1 alpha-2 codes. Organisations go by codes no country can take:
/// `EU` is exceptionally reserved in ISO 3166-1 for the European Union, and `UN-NY` is the
/// UN's own exceptionally reserved `UN` with its duty station's ISO 3166-2 suffix (US-NY), so
/// it reads like a subdivision and can never be one.
public struct Country: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, e.g. `"ID"`, or an organisation's code, e.g. `"UN-NY"`.
    public let code: String
    /// English short name, e.g. `"Indonesia"`.
    public let name: String
    /// Whether this is an international organisation's calendar (`UN-NY`, `EU`): its staff's
    /// official holidays, on a Saturday–Sunday weekend, keeping no observances of its own.
    public let isOrganisation: Bool
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
        isOrganisation = definition.isOrganisation
        subdivisions = definition.subdivisions
        sources = definition.sources
        decreedThrough = definition.decreedThrough
    }

    /// Every country and organisation with a built-in calendar, by code.
    public static var all: [Country] { Country.definitions.map(Country.init) }

    /// The country for an ISO 3166-1 alpha-2 code, or the organisation for its code (case-insensitive).
    /// - Throws: ``HolidaysError`` with spelling suggestions for an unknown code.
    public static func named(_ code: String) throws(HolidaysError) -> Country {
        Country(try definition(code))
    }

    static func definition(_ code: String) throws(HolidaysError) -> CountryDefinition {
        let wanted = code.uppercased()
        if let found = byCode[wanted] { return found }
        let names = definitions.map(\.code) + definitions.map(\.name)
        // An organisation's prefix (`UN`) names its seats first.
        let seats = definitions.map(\.code).filter { $0.hasPrefix(wanted + "-") }
        let suggestions =
            seats
            + Spelling.closest(to: code, among: names).map { suggestion in
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
        EuropeanInstitutions.definition, UnitedNationsNewYork.definition,
        Argentina.definition, Bangladesh.definition, Egypt.definition, Ireland.definition, Israel.definition,
        Kazakhstan.definition, Pakistan.definition, Portugal.definition, Spain.definition, Ukraine.definition,
        Brunei.definition, Cambodia.definition, Denmark.definition, Fiji.definition, Laos.definition, Myanmar.definition,
        PapuaNewGuinea.definition, TimorLeste.definition,
    ].sorted { $0.code < $1.code }

    private static let byCode: [String: CountryDefinition] = Dictionary(
        definitions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
