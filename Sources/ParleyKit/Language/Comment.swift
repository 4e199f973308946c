/// A `#` comment, kept so that `parley fmt` can write it back.
public struct Comment: Hashable, Sendable {
    /// The text after `#`, trailing spaces removed.
    public let text: String
    /// Where the `#` is.
    public let location: SourceLocation

    /// A comment from its parts.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
