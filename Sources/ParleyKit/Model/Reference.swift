/// A use of an id somewhere in a plan (`at jakarta`, `partners ID RU`), kept with its
/// location so that a dangling reference can point at itself and at the declaration.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    /// The id as written.
    public let id: String
    /// Where it was written.
    public let location: SourceLocation

    /// A reference from its parts.
    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }

    public var description: String { id }
}
