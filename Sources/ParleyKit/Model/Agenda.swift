/// Topics shared by several series (`agenda iis "Title"` with `topic` lines), which a series
/// takes up with `topics iis`; a file sees an agenda declared in a file it uses.
public struct Agenda: Hashable, Sendable {
    /// The id a series names in `topics` (`iis`).
    public let id: String
    /// The title.
    public let title: String
    /// Its topics, in the order written.
    public let topics: [Topic]
    /// Where the declaration starts.
    public let location: SourceLocation

    /// An agenda from its parts.
    public init(id: String, title: String, topics: [Topic], location: SourceLocation) {
        self.id = id
        self.title = title
        self.topics = topics
        self.location = location
    }
}
