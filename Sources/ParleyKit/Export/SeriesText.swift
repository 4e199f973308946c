/// The texts every round event of one series shares, built once per series by
/// ``FeedExporter/roundEvents(of:findings:)`` instead of once per round.
struct SeriesText: Sendable {
    /// `Title, round ` (the round number follows).
    let summaryPrefix: String
    /// The first lines of `DESCRIPTION`: `Series: Title (id)`, `Kind: …`, `Basis: …` when given.
    let descriptionHead: String
    /// `\nDelegates: Role (Country) <email>; …`, or empty without delegates.
    let delegatesLine: String
    /// `CATEGORIES`: `Dialogue` or `Exchange`, then the partner countries' names.
    let categories: [String]

    init(_ series: Series, in plan: Plan, partnerNames: [String], delegates: [Person]) {
        summaryPrefix = "\(series.title), round "
        var head = "Series: \(series.title) (\(series.id))\nKind: \(series.kind.rawValue)"
        if let basis = series.basis { head += "\nBasis: \(basis)" }
        descriptionHead = head
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
}
