/// The texts every round event of one series shares, built once per series by
/// ``FeedExporter/roundEvents(of:findings:)`` instead of once per round, so that a round's
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
    /// The rest of `DESCRIPTION` after the round number, by host and status (see ``descriptionTail(host:status:)``).
    private var tails: [TailKey: String] = [:]

    private struct TailKey: Hashable, Sendable {
        let host: String
        let status: RoundStatus
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

    /// `\nHost: host\nDelegates: …\nStatus: status`, made once per host and status.
    mutating func descriptionTail(host: String, status: RoundStatus) -> String {
        let key = TailKey(host: host, status: status)
        if let tail = tails[key] { return tail }
        let tail = "\nHost: " + host + delegatesLine + "\nStatus: " + status.rawValue
        tails[key] = tail
        return tail
    }
}
