/// A subject a series' rounds take up: `topic policies "Exchange of national policies"`,
/// optionally only from a given round on (`topic certs "CERT cooperation" from round 3`).
public struct Topic: Hashable, Sendable {
    /// The id rounds name in `covers` (`policies`).
    public let id: String
    /// The title.
    public let title: String
    /// The first round that owes it (`from round N`), when the topic joined the agenda later.
    public let fromRound: Int?
    /// Where the line starts.
    public let location: SourceLocation

    /// A topic from its parts.
    public init(id: String, title: String, fromRound: Int? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.fromRound = fromRound
        self.location = location
    }
}
